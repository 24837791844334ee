declare const _default: import("../src/lint/rule-api.js").Rule<"missing" | "zero", {
    ignoreInitContainers: boolean;
}>;
export default _default;
