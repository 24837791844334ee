declare const _default: import("../src/lint/rule-api.js").Rule<"envFrom" | "envVar", Record<string, never>>;
export default _default;
