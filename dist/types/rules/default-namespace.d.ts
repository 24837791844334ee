declare const _default: import("../src/lint/rule-api.js").Rule<"explicit" | "implicit", Record<string, never>>;
export default _default;
