declare const _default: import("../src/lint/rule-api.js").Rule<"privilegedPort", Record<string, never>>;
export default _default;
