declare const _default: import("../src/lint/rule-api.js").Rule<"missing" | "rootUser" | "rootGroup" | "nonRootDisabled", Record<string, never>>;
export default _default;
