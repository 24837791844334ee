/** An `IntOrString` count such as a PDB's `minAvailable`: a whole number or a percentage. */
export type IntOrPercent = { kind: 'int'; value: number } | { kind: 'percent'; value: number };

/** Reads an int-or-percent value (`3`, `"3"`, `"50%"`); undefined when it is neither. */
export function parseIntOrPercent(value: unknown): IntOrPercent | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? { kind: 'int', value } : undefined;
  if (typeof value !== 'string') return undefined;
  const percent = /^(\d+)%$/.exec(value.trim());
  if (percent) return { kind: 'percent', value: Number(percent[1]) };
  return /^\d+$/.test(value.trim()) ? { kind: 'int', value: Number(value.trim()) } : undefined;
}

/** The absolute count an int-or-percent stands for out of `total`, rounding percentages up as the disruption controller does for minAvailable. */
export function scaledCount(value: IntOrPercent, total: number): number {
  return value.kind === 'int' ? value.value : Math.ceil((value.value * total) / 100);
}
