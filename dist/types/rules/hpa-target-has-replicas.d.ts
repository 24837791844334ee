declare const _default: import("../src/lint/rule-api.js").Rule<"hasReplicas", Record<string, never>>;
export default _default;
