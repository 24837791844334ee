declare const _default: import("../src/lint/rule-api.js").Rule<"container" | "pod", Record<string, never>>;
export default _default;
