import { isGoDuration } from '../../resources/index.js';

/**
 * The `duration` format (strfmt's ParseDuration; facts from kube-openapi and Go's time package):
 * Go's `time.ParseDuration`, or else strfmt's lenient reading, which finds `<digits><spaces><letters>`
 * anywhere in the text and accepts it when one of those unit words is known (`5 days`, `PT1H`,
 * `1 hour and then some`) and no number overflows Go's int.
 */
export function isDuration(s: string): boolean {
  return isGoDuration(s) || isLenientDuration(s);
}

const maxInt64 = (1n << 63n) - 1n;

// strfmt's unit words: each group's last spelling may also start a longer word (`minutes`)
const lenientUnits = [
  ['ns', 'nano'], ['us', 'µs', 'micro'], ['ms', 'milli'], ['s', 'sec'], ['m', 'min'], ['h', 'hr', 'hour'], ['d', 'day'], ['w', 'wk', 'week'],
];

/** strfmt's fallback: every `(\d+)\s*([A-Za-zµ]+)` match, left to right, without backtracking. */
function isLenientDuration(s: string): boolean {
  let known = false;
  let at = 0;
  while (at < s.length) {
    if (!isDigit(s[at])) {
      at += 1;
      continue;
    }
    const digitsStart = at;
    while (at < s.length && isDigit(s[at])) at += 1;
    const digitsEnd = at;
    let letters = at;
    while (letters < s.length && isGoSpace(s[letters])) letters += 1;
    const lettersStart = letters;
    while (letters < s.length && isUnitLetter(s[letters])) letters += 1;
    if (letters === lettersStart) continue; // no match starts in this run of digits
    // strconv.Atoi fails the whole parse on a number beyond int64
    if (BigInt(s.slice(digitsStart, digitsEnd)) > maxInt64) return false;
    const unit = s.slice(lettersStart, letters).toLowerCase();
    known ||= lenientUnits.some((spellings) => spellings.some((spelling, i) => spelling === unit || (i === spellings.length - 1 && unit.startsWith(spelling))));
    at = letters;
  }
  return known;
}

// callers read characters by index; one past the end (undefined) matches no class
function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

function isGoSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\f' || c === '\r';
}

function isUnitLetter(c: string | undefined): boolean {
  return c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === 'µ');
}
