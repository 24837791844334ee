declare const _default: import("../src/lint/rule-api.js").Rule<"undeclaredName" | "undeclaredNumber" | "notTcp", unknown>;
export default _default;
