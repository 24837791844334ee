declare const _default: import("../src/lint/rule-api.js").Rule<"notRolling", Record<string, never>>;
export default _default;
