declare const _default: import("../src/lint/rule-api.js").Rule<"enabled" | "notDisabled", Record<string, never>>;
export default _default;
