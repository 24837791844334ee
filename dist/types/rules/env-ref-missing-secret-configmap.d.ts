declare const _default: import("../src/lint/rule-api.js").Rule<"objectMissing" | "keyMissing", {
    reportWhen: import("../src/lint/rule-parts.js").MissingObjectReportWhen;
    ignore: string[];
}>;
export default _default;
