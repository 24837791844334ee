/** An `IntOrString` count such as a PDB's `minAvailable`: a whole number or a percentage. */
export type IntOrPercent = { kind: 'int'; value: number } | { kind: 'percent'; value: number };

// IsValidPercent: digits and a percent sign, nothing around them
const percent = /^[0-9]+%$/;

/**
 * Reads an int-or-percent value the way the API server does (`3`, `"50%"`); undefined when it is
 * neither. A string of digits alone (`"3"`) is no count: the server rejects it in maxSurge,
 * maxUnavailable, minAvailable ("a valid percent string must be a numeric string followed by an
 * ending '%'"), and the controllers cannot scale it.
 */
export function parseIntOrPercent(value: unknown): IntOrPercent | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? { kind: 'int', value } : undefined;
  if (typeof value === 'string' && percent.test(value)) return { kind: 'percent', value: Number(value.slice(0, -1)) };
  return undefined;
}

/**
 * The absolute count an int-or-percent stands for out of `total` (GetScaledValueFromIntOrPercent).
 * Percentages round up, as the disruption controller does for minAvailable, unless `round` says
 * otherwise (a Deployment's maxUnavailable rounds down).
 */
export function scaledCount(value: IntOrPercent, total: number, round: (n: number) => number = Math.ceil): number {
  return value.kind === 'int' ? value.value : round((value.value * total) / 100);
}
