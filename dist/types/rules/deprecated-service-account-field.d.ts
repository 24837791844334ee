declare const _default: import("../src/lint/rule-api.js").Rule<"deprecated", Record<string, never>>;
export default _default;
