declare const _default: import("../src/lint/rule-api.js").Rule<"sensitive", {
    paths: string[];
}>;
export default _default;
