/** An `IntOrString` count such as a PDB's `minAvailable`: a whole number or a percentage. */
export type IntOrPercent = {
    kind: 'int';
    value: number;
} | {
    kind: 'percent';
    value: number;
};
/** Reads an int-or-percent value (`3`, `"3"`, `"50%"`); undefined when it is neither. */
export declare function parseIntOrPercent(value: unknown): IntOrPercent | undefined;
/** The absolute count an int-or-percent stands for out of `total`, rounding percentages up as the disruption controller does for minAvailable. */
export declare function scaledCount(value: IntOrPercent, total: number): number;
