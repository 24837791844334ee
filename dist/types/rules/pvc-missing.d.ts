declare const _default: import("../src/lint/rule-api.js").Rule<"missing", {
    reportWhen: "namespaceInInput" | "always";
    ignore: string[];
}>;
export default _default;
