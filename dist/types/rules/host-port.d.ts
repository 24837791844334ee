declare const _default: import("../src/lint/rule-api.js").Rule<"hostPort", Record<string, never>>;
export default _default;
