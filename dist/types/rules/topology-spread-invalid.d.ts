declare const _default: import("../src/lint/rule-api.js").Rule<"noSelector", Record<string, never>>;
export default _default;
