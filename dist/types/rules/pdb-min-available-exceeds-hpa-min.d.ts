declare const _default: import("../src/lint/rule-api.js").Rule<"exceeds", Record<string, never>>;
export default _default;
