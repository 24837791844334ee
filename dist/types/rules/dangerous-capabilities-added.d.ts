declare const _default: import("../src/lint/rule-api.js").Rule<"added", {
    capabilities: string[];
}>;
export default _default;
