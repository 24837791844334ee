declare const _default: import("../src/lint/rule-api.js").Rule<"hostPath", {
    allowedPaths: string[];
}>;
export default _default;
