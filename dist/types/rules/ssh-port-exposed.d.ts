declare const _default: import("../src/lint/rule-api.js").Rule<"sshPort", Record<string, never>>;
export default _default;
