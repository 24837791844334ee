declare const _default: import("../src/lint/rule-api.js").Rule<"targetMissing", {
    reportWhen: "namespaceInInput" | "always";
}>;
export default _default;
