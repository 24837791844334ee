declare const _default: import("../src/lint/rule-api.js").Rule<"differs", unknown>;
export default _default;
