declare const _default: import("../src/lint/rule-api.js").Rule<"exposed", {
    types: string[];
    ignore: string[];
}>;
export default _default;
