declare const _default: import("../src/lint/rule-api.js").Rule<"missing" | "writable", Record<string, never>>;
export default _default;
