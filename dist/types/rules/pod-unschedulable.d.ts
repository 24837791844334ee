declare const _default: import("../src/lint/rule-api.js").Rule<"pending", Record<string, never>>;
export default _default;
