declare const _default: import("../src/lint/rule-api.js").Rule<"missing", {
    ignoreContainers: string[];
}>;
export default _default;
