declare const _default: import("../src/lint/rule-api.js").Rule<"differs" | "limitMissing", unknown>;
export default _default;
