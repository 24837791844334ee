declare const _default: import("../src/lint/rule-api.js").Rule<"noSecurityContext" | "uidMissing" | "uidLow" | "gidMissing" | "gidLow", {
    minimumUid: number;
    minimumGid: number;
}>;
export default _default;
