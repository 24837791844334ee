type ReportWhen = 'inputHasServices' | 'namespaceHasServices' | 'always';
declare const _default: import("../src/lint/rule-api.js").Rule<"noServices" | "noServicesAnywhere", {
    reportWhen: ReportWhen;
    ignoreNamespaces: string[];
}>;
export default _default;
