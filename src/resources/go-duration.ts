const maxInt64 = (1n << 63n) - 1n;
const limit = 1n << 63n;
const goUnits: Record<string, bigint> = {
  ns: 1n, us: 1000n, 'µs': 1000n, 'μs': 1000n, ms: 1000000n, s: 1000000000n, m: 60000000000n, h: 3600000000000n,
};

/** Go's `time.ParseDuration`: `[-+]?([0-9]*(\.[0-9]*)?[a-z]+)+`, or a lone `0`, within int64 nanoseconds. */
export function isGoDuration(input: string): boolean {
  let s = input;
  let negative = false;
  if (s[0] === '-' || s[0] === '+') {
    negative = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return true;
  if (s === '') return false;
  let total = 0n;
  let at = 0;
  while (at < s.length) {
    if (!(s[at] === '.' || isDigit(s[at]))) return false;
    const intStart = at;
    let whole = 0n;
    for (; at < s.length && isDigit(s[at]); at++) {
      if (whole > limit / 10n) return false;
      whole = whole * 10n + BigInt(s.charCodeAt(at) - 48);
      if (whole > limit) return false;
    }
    const before = at > intStart;
    let fraction = 0n;
    let scale = 1;
    let after = false;
    if (s[at] === '.') {
      at += 1;
      const fractionStart = at;
      let overflow = false;
      for (; at < s.length && isDigit(s[at]); at++) {
        if (overflow) continue;
        if (fraction > maxInt64 / 10n) {
          overflow = true;
          continue;
        }
        const next = fraction * 10n + BigInt(s.charCodeAt(at) - 48);
        if (next > limit) {
          overflow = true;
          continue;
        }
        fraction = next;
        scale *= 10;
      }
      after = at > fractionStart;
    }
    if (!before && !after) return false;
    const unitStart = at;
    while (at < s.length && s[at] !== '.' && !isDigit(s[at])) at += 1;
    if (at === unitStart) return false;
    const unit = goUnits[s.slice(unitStart, at)];
    if (unit === undefined) return false;
    if (whole > limit / unit) return false;
    let value = whole * unit;
    if (fraction > 0n) {
      // Go adds uint64(float64(f) * (float64(unit) / scale)): float64 arithmetic, truncated
      value += BigInt(Math.trunc(Number(fraction) * (Number(unit) / scale)));
      if (value > limit) return false;
    }
    total += value;
    if (total > limit) return false;
  }
  return negative || total <= maxInt64;
}

// read by index; one past the end (undefined) is no digit
function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}
