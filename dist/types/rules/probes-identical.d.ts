declare const _default: import("../src/lint/rule-api.js").Rule<"identical", Record<string, never>>;
export default _default;
