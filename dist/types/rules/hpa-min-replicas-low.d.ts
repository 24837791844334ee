declare const _default: import("../src/lint/rule-api.js").Rule<"tooLow", {
    minReplicas: number;
    reportUnset: boolean;
}>;
export default _default;
