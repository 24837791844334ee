declare const _default: import("../src/lint/rule-api.js").Rule<"serviceMissing" | "portMissing" | "noService", {
    reportWhen: "namespaceInInput" | "always";
}>;
export default _default;
