declare const _default: import("../src/lint/rule-api.js").Rule<"podMissing" | "containerMissing", Record<string, never>>;
export default _default;
