/** The `date` format: Go's `time.Parse("2006-01-02")`, exactly four-two-two digits naming a real day. */
export function isDate(s: string): boolean {
  if (!/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(s)) return false;
  const year = Number(s.slice(0, 4));
  const month = Number(s.slice(5, 7));
  const day = Number(s.slice(8, 10));
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(month, year);
}

function daysIn(month: number, year: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * The `date-time` format (strfmt's IsDateTime): the text, lower-cased and split at every `t`,
 * has a valid date before the first `t`, and between the first and second `t` a time
 * `hh:mm:ss`, an optional fraction (any one character, then digits) and a zone (`z` or `±hh:mm`).
 * Seconds and zone are required; hours, minutes and seconds compare as text against 23/59/59.
 */
export function isDateTime(s: string): boolean {
  if (s.length < 4) return false;
  // only ASCII letters matter below, so an ASCII lower-casing reads as Go's strings.ToLower does
  const parts = s.replace(/[A-Z]/g, (c) => c.toLowerCase()).split('t');
  const [date, time] = parts;
  if (date === undefined || time === undefined || !isDate(date)) return false;
  return isTimeOfDay([...time]);
}

// `^([0-9]{2}):([0-9]{2}):([0-9]{2})(.[0-9]+)?(z|([+-][0-9]{2}:[0-9]{2}))$`, on code points
function isTimeOfDay(runes: string[]): boolean {
  const digits = (from: number, count: number): boolean => runes.slice(from, from + count).length === count && runes.slice(from, from + count).every((r) => r >= '0' && r <= '9');
  if (!digits(0, 2) || runes[2] !== ':' || !digits(3, 2) || runes[5] !== ':' || !digits(6, 2)) return false;
  const pair = (from: number): string => runes.slice(from, from + 2).join('');
  if (pair(0) > '23' || pair(3) > '59' || pair(6) > '59') return false;
  const rest = runes.slice(8);
  const zoneLength = rest.at(-1) === 'z' ? 1 : 6;
  if (rest.length < zoneLength) return false;
  const zone = rest.slice(rest.length - zoneLength);
  if (zoneLength === 6 && !(/^[+-][0-9]{2}:[0-9]{2}$/.test(zone.join('')))) return false;
  const fraction = rest.slice(0, rest.length - zoneLength);
  if (fraction.length === 0) return true;
  // `.` is any character but a newline
  return fraction.length >= 2 && fraction[0] !== '\n' && fraction.slice(1).every((r) => r >= '0' && r <= '9');
}
