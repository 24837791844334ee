declare const _default: import("../src/lint/rule-api.js").Rule<"missing", {
    minReplicas: number;
}>;
export default _default;
