declare const _default: import("../src/lint/rule-api.js").Rule<"unmasked", Record<string, never>>;
export default _default;
