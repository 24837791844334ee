declare const _default: import("../src/lint/rule-api.js").Rule<"differs", Record<string, never>>;
export default _default;
