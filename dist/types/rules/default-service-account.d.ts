declare const _default: import("../src/lint/rule-api.js").Rule<"defaultAccount", Record<string, never>>;
export default _default;
