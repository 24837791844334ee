declare const _default: import("../src/lint/rule-api.js").Rule<"serviceMissing" | "portMissing" | "noService", {
    reportWhen: import("../src/lint/rule-parts.js").MissingObjectReportWhen;
}>;
export default _default;
