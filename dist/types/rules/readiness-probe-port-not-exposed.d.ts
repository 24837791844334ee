declare const _default: import("../src/lint/rule-api.js").Rule<"undeclaredName" | "undeclaredNumber" | "notTcp", Record<string, never>>;
export default _default;
