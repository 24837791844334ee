declare const _default: import("../src/lint/rule-api.js").Rule<"limitMissing" | "differs", Record<string, never>>;
export default _default;
