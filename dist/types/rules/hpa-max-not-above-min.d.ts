declare const _default: import("../src/lint/rule-api.js").Rule<"equal" | "belowMin", Record<string, never>>;
export default _default;
