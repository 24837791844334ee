declare const _default: import("../src/lint/rule-api.js").Rule<"missing" | "badValue", {
    annotations: string[];
    kinds: string[];
}>;
export default _default;
