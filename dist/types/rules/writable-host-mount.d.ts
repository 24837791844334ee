declare const _default: import("../src/lint/rule-api.js").Rule<"writable", {
    allowedPaths: string[];
}>;
export default _default;
