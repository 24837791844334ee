declare const _default: import("../src/lint/rule-api.js").Rule<"latest" | "noTag", Record<string, never>>;
export default _default;
