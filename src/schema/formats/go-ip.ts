/**
 * IP and MAC address parsers as the API server's format checks run them (facts from Go's net and
 * net/netip, and k8s.io/utils' fork of Go 1.16's parser): each a single left-to-right scan.
 */

// k8s.io/utils/net's forked parser gives up on numbers this big (its `big`)
const big = 0xffffff;

/** Go 1.16's `dtoi`: decimal digits, any number of them (leading zeros too), below `big`. */
function decimalAt(s: string, from: number): { value: number; end: number } | undefined {
  let value = 0;
  let end = from;
  for (; end < s.length && s.charAt(end) >= '0' && s.charAt(end) <= '9'; end++) {
    value = value * 10 + (s.charCodeAt(end) - 48);
    if (value >= big) return undefined;
  }
  return end === from ? undefined : { value, end };
}

/** Go 1.16's `xtoi`: hexadecimal digits, any number of them, below `big`. */
function hexAt(s: string, from: number): { value: number; end: number } | undefined {
  let value = 0;
  let end = from;
  for (; end < s.length; end++) {
    const digit = hexDigit(s[end]);
    if (digit < 0) break;
    value = value * 16 + digit;
    if (value >= big) return undefined;
  }
  return end === from ? undefined : { value, end };
}

// reads past the end of a string (undefined) are no digit
function hexDigit(c: string | undefined): number {
  if (c === undefined) return -1;
  if (c >= '0' && c <= '9') return c.charCodeAt(0) - 48;
  if (c >= 'a' && c <= 'f') return c.charCodeAt(0) - 87;
  if (c >= 'A' && c <= 'F') return c.charCodeAt(0) - 55;
  return -1;
}

/** The forked (sloppy) IPv4 parser: four dotted decimals up to 255, leading zeros allowed. */
function isSloppyIPv4(s: string): boolean {
  let at = 0;
  for (let field = 0; field < 4; field++) {
    if (at >= s.length) return false;
    if (field > 0) {
      if (s[at] !== '.') return false;
      at += 1;
    }
    const number = decimalAt(s, at);
    if (!number || number.value > 0xff) return false;
    at = number.end;
  }
  return at === s.length;
}

/** The forked (sloppy) IPv6 parser: groups of any number of hex digits up to ffff, one `::`, a sloppy IPv4 tail. */
function isSloppyIPv6(s: string): boolean {
  let rest = s;
  let ellipsis = -1;
  if (rest.startsWith('::')) {
    ellipsis = 0;
    rest = rest.slice(2);
    if (rest === '') return true;
  }
  let filled = 0;
  while (filled < 16) {
    const group = hexAt(rest, 0);
    if (!group || group.value > 0xffff) return false;
    if (group.end < rest.length && rest[group.end] === '.') {
      if (ellipsis < 0 && filled !== 12) return false;
      if (filled + 4 > 16) return false;
      if (!isSloppyIPv4(rest)) return false;
      rest = '';
      filled += 4;
      break;
    }
    filled += 2;
    rest = rest.slice(group.end);
    if (rest === '') break;
    if (rest[0] !== ':' || rest.length === 1) return false;
    rest = rest.slice(1);
    if (rest[0] === ':') {
      if (ellipsis >= 0) return false;
      ellipsis = filled;
      rest = rest.slice(1);
      if (rest === '') break;
    }
  }
  if (rest !== '') return false;
  return filled < 16 ? ellipsis >= 0 : ellipsis < 0;
}

/** k8s.io/utils `ParseIPSloppy`: the first `.` or `:` decides between the two parsers. */
export function isSloppyIP(s: string): boolean {
  for (const c of s) {
    if (c === '.') return isSloppyIPv4(s);
    if (c === ':') return isSloppyIPv6(s);
  }
  return false;
}

/** k8s.io/utils `ParseCIDRSloppy`: a sloppy address, `/`, and decimal prefix bits (leading zeros allowed). */
export function isSloppyCidr(s: string): boolean {
  const slash = s.indexOf('/');
  if (slash < 0) return false;
  const address = s.slice(0, slash);
  const bits = decimalAt(s, slash + 1);
  if (!bits || bits.end !== s.length) return false;
  if (isSloppyIPv4(address)) return bits.value <= 32;
  return isSloppyIPv6(address) && bits.value <= 128;
}

/** Go's net/netip IPv4: four fields of 1-3 digits, no leading zeros, each at most 255. */
function isStrictIPv4(s: string): boolean {
  const fields = s.split('.');
  return fields.length === 4 && fields.every((f) => /^(?:0|[1-9][0-9]{0,2})$/.test(f) && Number(f) <= 255);
}

/** Go's net/netip IPv6 without a zone: groups of 1-4 hex digits, one `::`, a strict IPv4 tail. */
function isStrictIPv6(s: string): boolean {
  let rest = s;
  let ellipsis = -1;
  if (rest.startsWith('::')) {
    ellipsis = 0;
    rest = rest.slice(2);
    if (rest === '') return true;
  }
  let filled = 0;
  while (filled < 16) {
    let digits = 0;
    while (digits < rest.length && hexDigit(rest[digits]) >= 0) {
      digits += 1;
      if (digits > 4) return false;
    }
    if (digits === 0) return false;
    if (digits < rest.length && rest[digits] === '.') {
      if (ellipsis < 0 && filled !== 12) return false;
      if (filled + 4 > 16) return false;
      if (!isStrictIPv4(rest)) return false;
      rest = '';
      filled += 4;
      break;
    }
    filled += 2;
    rest = rest.slice(digits);
    if (rest === '') break;
    if (rest[0] !== ':' || rest.length === 1) return false;
    rest = rest.slice(1);
    if (rest[0] === ':') {
      if (ellipsis >= 0) return false;
      ellipsis = filled;
      rest = rest.slice(1);
      if (rest === '') break;
    }
  }
  if (rest !== '') return false;
  return filled < 16 ? ellipsis >= 0 : ellipsis < 0;
}

/** Go's `net.ParseIP` (net/netip underneath, zones refused): the first `.`, `:` or `%` decides. */
export function isGoIP(s: string): boolean {
  for (const c of s) {
    if (c === '.') return isStrictIPv4(s);
    if (c === ':') return isStrictIPv6(s);
    if (c === '%') return false;
  }
  return false;
}

/** Go's `net.ParseMAC`: 6, 8 or 20 octets as `xx:xx`, `xx-xx` or `xxxx.xxxx`. */
export function isGoMac(s: string): boolean {
  if (s.length < 14) return false;
  const isHexPair = (at: number): boolean => hexDigit(s[at]) >= 0 && hexDigit(s[at + 1]) >= 0;
  if (s[2] === ':' || s[2] === '-') {
    if ((s.length + 1) % 3 !== 0) return false;
    const octets = (s.length + 1) / 3;
    if (octets !== 6 && octets !== 8 && octets !== 20) return false;
    for (let i = 0; i < octets; i++) {
      const at = i * 3;
      if (!isHexPair(at)) return false;
      if (i < octets - 1 && s[at + 2] !== s[2]) return false;
    }
    return true;
  }
  if (s[4] === '.') {
    if ((s.length + 1) % 5 !== 0) return false;
    const octets = (2 * (s.length + 1)) / 5;
    if (octets !== 6 && octets !== 8 && octets !== 20) return false;
    for (let i = 0; i < octets / 2; i++) {
      const at = i * 5;
      if (!isHexPair(at) || !isHexPair(at + 2)) return false;
      if (i < octets / 2 - 1 && s[at + 4] !== '.') return false;
    }
    return true;
  }
  return false;
}
