declare const _default: import("../src/lint/rule-api.js").Rule<"missing" | "cronJobTtl", Record<string, never>>;
export default _default;
