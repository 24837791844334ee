declare const _default: import("../src/lint/rule-api.js").Rule<"missing" | "notAccepted", {
    accepted: string[];
}>;
export default _default;
