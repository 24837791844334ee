declare const _default: import("../src/lint/rule-api.js").Rule<"socket", {
    sockets: string[];
}>;
export default _default;
