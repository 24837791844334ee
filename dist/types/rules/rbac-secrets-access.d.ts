declare const _default: import("../src/lint/rule-api.js").Rule<"grantsSecrets", {
    verbs: string[];
    checkBuiltInRoles: boolean;
    ignoreBindings: string[];
}>;
export default _default;
