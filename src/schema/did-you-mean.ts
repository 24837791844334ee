import { editDistance } from '../resources/index.js';

/** The candidate closest to `word` (case-insensitive equal, or within a small edit distance). */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 4)) + 1;
  for (const candidate of candidates) {
    const other = candidate.toLowerCase();
    if (other === lower) return candidate;
    const distance = closeInLength(lower, other) ? editDistance(lower, other) : Infinity;
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

// input names may be long: a length apart by more than 3 is no near miss, and is never measured
function closeInLength(a: string, b: string): boolean {
  return Math.abs(a.length - b.length) <= 3;
}
