declare const _default: import("../src/lint/rule-api.js").Rule<"shared", Record<string, never>>;
export default _default;
