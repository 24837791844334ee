/** Identifier formats of kube-openapi's strfmt: UUIDs, BSON object ids, host names and Kubernetes names. */

export const isUuid = (s: string): boolean => /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i.test(s);
export const isUuid3 = (s: string): boolean => /^[0-9a-f]{8}-?[0-9a-f]{4}-?3[0-9a-f]{3}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i.test(s);
export const isUuid4 = (s: string): boolean => /^[0-9a-f]{8}-?[0-9a-f]{4}-?4[0-9a-f]{3}-?[89ab][0-9a-f]{3}-?[0-9a-f]{12}$/i.test(s);
export const isUuid5 = (s: string): boolean => /^[0-9a-f]{8}-?[0-9a-f]{4}-?5[0-9a-f]{3}-?[89ab][0-9a-f]{3}-?[0-9a-f]{12}$/i.test(s);

/** Go's `hex.DecodeString` to exactly 12 bytes. */
export const isBsonObjectId = (s: string): boolean => /^[0-9a-fA-F]{24}$/.test(s);

// strfmt's host name characters: ASCII letters and digits, Unicode letters and symbols
const hostChar = /^[a-zA-Z0-9\p{S}\p{L}]$/u;
const topLevelChar = /^[a-zA-Z\p{L}]$/u;
const utf8 = new TextEncoder();

/**
 * strfmt's IsHostname: a single label (a character, then an optional `-` and up to 62 more:
 * `a-b`, not `ab-c`), or dot-separated labels (1-63 characters, `-` inside only) ending in a
 * top-level label of 2-63 letters; at most 255 bytes, each label at most 63 bytes.
 */
export function isHostname(s: string): boolean {
  if (utf8.encode(s).length > 255) return false;
  const labels = s.split('.');
  if (labels.some((label) => utf8.encode(label).length > 63)) return false;
  if (labels.length === 1) {
    const runes = [...s];
    const [first] = runes;
    if (first === undefined || !hostChar.test(first)) return false;
    const tail = runes[1] === '-' ? runes.slice(2) : runes.slice(1);
    return tail.length <= 62 && tail.every((r) => hostChar.test(r));
  }
  const topLevel = [...(labels.at(-1) ?? '')];
  if (topLevel.length < 2 || topLevel.length > 63 || !topLevel.every((r) => topLevelChar.test(r))) return false;
  return labels.slice(0, -1).every((label) => {
    const runes = [...label];
    const [first] = runes;
    const last = runes.at(-1);
    if (first === undefined || last === undefined || runes.length > 63) return false;
    if (!hostChar.test(first) || !hostChar.test(last)) return false;
    return runes.every((r) => r === '-' || hostChar.test(r));
  });
}

/** `k8s-short-name`: a lower-case RFC 1123 label, at most 63 characters. */
export function isK8sShortName(s: string): boolean {
  return s.length <= 63 && isLowerLabel(s);
}

/** `k8s-long-name`: dot-separated lower-case labels of any length, at most 253 characters in all. */
export function isK8sLongName(s: string): boolean {
  return s.length <= 253 && s.split('.').every(isLowerLabel);
}

function isLowerLabel(s: string): boolean {
  return s.length > 0 && /^[a-z0-9-]*$/.test(s) && s[0] !== '-' && s[s.length - 1] !== '-';
}
