type Direction = 'Ingress' | 'Egress';
declare const _default: import("../src/lint/rule-api.js").Rule<"notSelected" | "directionOpen", {
    requirePolicyTypes: Direction[];
}>;
export default _default;
