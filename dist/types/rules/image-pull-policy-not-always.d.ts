declare const _default: import("../src/lint/rule-api.js").Rule<"notAlways" | "defaulted", Record<string, never>>;
export default _default;
