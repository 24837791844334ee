declare const _default: import("../src/lint/rule-api.js").Rule<"secretKey" | "privateKeyValue", {
    ignoreKeys: string[];
}>;
export default _default;
