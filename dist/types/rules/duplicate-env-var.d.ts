declare const _default: import("../src/lint/rule-api.js").Rule<"duplicate", Record<string, never>>;
export default _default;
