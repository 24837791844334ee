/**
 * Whether `text` holds `opening`, then only characters `isAllowed` accepts, then `closing` — what
 * a regex like /BEGIN [A-Z ]*PRIVATE KEY/ asks, in one pass. The regex retries its run from every
 * opening, which is quadratic on a value of "BEGIN BEGIN BEGIN …".
 */
export function hasDelimitedRun(text: string, opening: string, isAllowed: (c: string) => boolean, closing: string): boolean {
  // ends of openings seen, in order; the latest one that has ended gives the shortest run
  const openingEnds: number[] = [];
  let next = 0;
  let latestEnd = -1;
  let lastDisallowed = -1;
  for (let i = 0; i < text.length; i++) {
    while (next < openingEnds.length && openingEnds[next]! <= i) latestEnd = openingEnds[next++]!;
    if (latestEnd !== -1 && lastDisallowed < latestEnd && text.startsWith(closing, i)) return true;
    if (text.startsWith(opening, i)) openingEnds.push(i + opening.length);
    if (!isAllowed(text.charAt(i))) lastDisallowed = i;
  }
  return false;
}
