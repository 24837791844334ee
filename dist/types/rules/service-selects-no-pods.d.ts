declare const _default: import("../src/lint/rule-api.js").Rule<"noPods", {
    reportWhen: import("../src/resources/namespace-scope.js").SelectionReportWhen;
}>;
export default _default;
