declare const _default: import("../src/lint/rule-api.js").Rule<"missing", {
    minReplicas: number;
    topologyKeys: string[];
    acceptTopologySpread: boolean;
}>;
export default _default;
