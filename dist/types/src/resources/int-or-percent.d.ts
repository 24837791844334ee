/** An `IntOrString` count such as a PDB's `minAvailable`: a whole number or a percentage. */
export type IntOrPercent = {
    kind: 'int';
    value: number;
} | {
    kind: 'percent';
    value: number;
};
/**
 * Reads an int-or-percent value the way the API server does (`3`, `"50%"`); undefined when it is
 * neither. A string of digits alone (`"3"`) is no count: the server rejects it in maxSurge,
 * maxUnavailable, minAvailable ("a valid percent string must be a numeric string followed by an
 * ending '%'"), and the controllers cannot scale it.
 */
export declare function parseIntOrPercent(value: unknown): IntOrPercent | undefined;
/**
 * The absolute count an int-or-percent stands for out of `total` (GetScaledValueFromIntOrPercent).
 * Percentages round up, as the disruption controller does for minAvailable, unless `round` says
 * otherwise (a Deployment's maxUnavailable rounds down).
 */
export declare function scaledCount(value: IntOrPercent, total: number, round?: (n: number) => number): number;
