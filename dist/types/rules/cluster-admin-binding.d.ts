declare const _default: import("../src/lint/rule-api.js").Rule<"clusterAdmin" | "equivalentRole", {
    ignoreBindings: string[];
}>;
export default _default;
