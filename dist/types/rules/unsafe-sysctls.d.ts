declare const _default: import("../src/lint/rule-api.js").Rule<"unsafe", {
    allowedSysctls: string[];
}>;
export default _default;
