declare const _default: import("../src/lint/rule-api.js").Rule<"forbidden" | "forbiddenValue" | "valueNotAllowed", {
    annotations: string[];
    kinds: string[];
    podTemplates: boolean;
}>;
export default _default;
