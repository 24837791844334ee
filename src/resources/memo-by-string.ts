/**
 * `fn` with its results remembered by argument. Label keys, names and quantities repeat across
 * thousands of resources, so checking each distinct string once saves most of the work. The
 * memory is emptied when it reaches `limit` entries, so unusual input cannot make it large.
 * Only for pure functions whose results callers do not change.
 */
export function memoByString<T>(fn: (value: string) => T, limit = 10_000): (value: string) => T {
  const known = new Map<string, T>();
  return (value) => {
    if (known.has(value)) return known.get(value)!;
    const result = fn(value);
    if (known.size >= limit) known.clear();
    known.set(value, result);
    return result;
  };
}
