declare const _default: import("../src/lint/rule-api.js").Rule<"targetMissing", {
    reportWhen: import("../src/lint/rule-parts.js").MissingObjectReportWhen;
}>;
export default _default;
