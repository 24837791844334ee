declare const _default: import("../src/lint/rule-api.js").Rule<"never", Record<string, never>>;
export default _default;
