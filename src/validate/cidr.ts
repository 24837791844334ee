import { isIP } from 'node:net';

/** Why `text` is not a CIDR like `10.0.0.0/8` or `fd00::/8` (Go's net.ParseCIDR), or undefined. */
export function cidrError(text: string): string | undefined {
  const slash = text.indexOf('/');
  if (slash < 0) return 'is not a valid CIDR (an IP address and a prefix length, like 10.0.0.0/16)';
  const family = isIP(text.slice(0, slash));
  const bits = text.slice(slash + 1);
  const max = family === 4 ? 32 : 128;
  if (family === 0 || !/^\d{1,3}$/.test(bits) || Number(bits) > max) {
    return 'is not a valid CIDR (an IP address and a prefix length, like 10.0.0.0/16)';
  }
  return undefined;
}
