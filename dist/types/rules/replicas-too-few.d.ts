declare const _default: import("../src/lint/rule-api.js").Rule<"unset" | "tooFew", {
    minReplicas: number;
}>;
export default _default;
