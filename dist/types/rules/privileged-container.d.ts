declare const _default: import("../src/lint/rule-api.js").Rule<"privileged", Record<string, never>>;
export default _default;
