declare const _default: import("../src/lint/rule-api.js").Rule<"grantsCreate", {
    verbs: string[];
    checkBuiltInRoles: boolean;
    ignoreBindings: string[];
}>;
export default _default;
