declare const _default: import("../src/lint/rule-api.js").Rule<"wildcard", {
    ignoreRoles: string[];
}>;
export default _default;
