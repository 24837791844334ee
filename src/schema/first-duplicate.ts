/** Indices of the first two equal items, as ajv's `uniqueItems` names them: `later` > `earlier`. */
export interface DuplicatePair {
  earlier: number;
  later: number;
}

/**
 * The first repeated item of a JSON list, found with a canonical text of each item in linear
 * time (ajv's `uniqueItems` compares objects pairwise, quadratic in the list's length). Like
 * ajv it scans from the end, so the pair is the same one ajv would report.
 */
export function firstDuplicate(list: readonly unknown[]): DuplicatePair | undefined {
  const seen = new Map<string, number>();
  for (let i = list.length - 1; i >= 0; i--) {
    const key = canonical(list[i]);
    const later = seen.get(key);
    if (later !== undefined) return { earlier: i, later };
    seen.set(key, i);
  }
  return undefined;
}

// equal JSON values get equal text whatever the order of their keys
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return `{${Object.keys(record).sort().map((k) => `${JSON.stringify(k)}:${canonical(record[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}
