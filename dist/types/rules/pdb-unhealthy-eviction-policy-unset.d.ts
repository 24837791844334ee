declare const _default: import("../src/lint/rule-api.js").Rule<"unset", Record<string, never>>;
export default _default;
