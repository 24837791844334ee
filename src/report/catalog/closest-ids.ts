/**
 * Up to three of `known` closest to `id` by edit distance (within a third of its length, at
 * least 2), nearest first: the suggestions for an id drydock does not know.
 */
export function closestIds(id: string, known: readonly string[]): string[] {
  const limit = Math.max(2, Math.floor(id.length / 3));
  return known
    .map((candidate) => ({ candidate, distance: candidate.startsWith(id) || id.startsWith(candidate) ? 1 : editDistance(id, candidate) }))
    .filter((entry) => entry.distance <= limit)
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, 3)
    .map((entry) => entry.candidate);
}

/** Levenshtein distance; ids are short (under 60 characters), so the table is small. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    // both rows hold b.length + 1 entries (current up to j - 1 so far)
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}
