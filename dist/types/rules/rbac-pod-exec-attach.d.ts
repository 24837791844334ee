declare const _default: import("../src/lint/rule-api.js").Rule<"roleGrants" | "bindingGrants", {
    ignoreRoles: string[];
    ignoreBindings: string[];
}>;
export default _default;
