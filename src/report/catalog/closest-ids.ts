import { editDistance } from '../../resources/index.js';

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
