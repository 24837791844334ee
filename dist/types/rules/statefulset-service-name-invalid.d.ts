declare const _default: import("../src/lint/rule-api.js").Rule<"missing" | "serviceMissing" | "notHeadless" | "selectsOthers", Record<string, never>>;
export default _default;
