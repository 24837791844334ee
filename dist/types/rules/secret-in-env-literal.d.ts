declare const _default: import("../src/lint/rule-api.js").Rule<"sensitiveName" | "privateKey", {
    ignoreNames: string[];
}>;
export default _default;
