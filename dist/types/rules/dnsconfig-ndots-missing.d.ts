declare const _default: import("../src/lint/rule-api.js").Rule<"missing" | "tooHigh", {
    maxNdots: number;
}>;
export default _default;
