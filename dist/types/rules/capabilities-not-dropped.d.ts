declare const _default: import("../src/lint/rule-api.js").Rule<"notDropped" | "partlyDropped" | "netRawAdded", Record<string, never>>;
export default _default;
