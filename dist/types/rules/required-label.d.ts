declare const _default: import("../src/lint/rule-api.js").Rule<"missing" | "badValue", {
    labels: string[];
    kinds: string[];
}>;
export default _default;
