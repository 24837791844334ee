import { isIPv4, isIPv6 } from 'node:net';

/**
 * The string formats kube-apiserver checks on custom resources (go-openapi's strfmt registry,
 * limited to the ones CRDs use in practice). Any other format, and int32/int64 on numbers, is
 * ignored by the server, so it is ignored here.
 */
export const crdFormats: Record<string, (value: string) => boolean> = {
  'date-time': isDateTime,
  datetime: isDateTime,
  date: (value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)),
  byte: isBase64,
  ipv4: (value) => isIPv4(value),
  ipv6: (value) => value.includes(':') && isIPv6(value),
  cidr: isCidr,
  mac: (value) => /^[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4,18}[0-9A-Fa-f]{2}$/.test(value),
  uuid: (value) => /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i.test(value),
  hostname: (value) =>
    value.length <= 255 && /^[a-zA-Z0-9]([-a-zA-Z0-9]{0,61}[a-zA-Z0-9])?(\.[a-zA-Z0-9]([-a-zA-Z0-9]{0,61}[a-zA-Z0-9])?)*\.?$/.test(value),
  email: (value) => /^[^\s@<>]+@[^\s@<>]+$/.test(value),
};

// strfmt accepts RFC 3339 and several ISO 8601 shortenings (no seconds, no zone, a space for T)
function isDateTime(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2})?$/.test(value);
}

// Go's base64.StdEncoding, which skips CR and LF
function isBase64(value: string): boolean {
  const text = value.replace(/[\r\n]/g, '');
  return /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(text);
}

function isCidr(value: string): boolean {
  const slash = value.indexOf('/');
  if (slash < 0) return false;
  const ip = value.slice(0, slash);
  const bits = value.slice(slash + 1);
  if (!/^\d{1,3}$/.test(bits)) return false;
  const max = isIPv4(ip) ? 32 : isIPv6(ip) ? 128 : -1;
  return Number(bits) <= max;
}
