declare const _default: import("../src/lint/rule-api.js").Rule<"maxUnavailableZero" | "minAvailableAll" | "minAvailableReplicas", Record<string, never>>;
export default _default;
