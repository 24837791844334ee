declare const _default: import("../src/lint/rule-api.js").Rule<"namedPortMissing" | "numberedPortMissing", {
    checkWhenNoPortsDeclared: boolean;
}>;
export default _default;
