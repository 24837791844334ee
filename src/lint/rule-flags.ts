import { DrydockError } from '../resources/index.js';

/** Parses `--rule id=level` flags. */
export function parseRuleFlags(flags: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const flag of flags) {
    const match = /^([\w-]+)=(\w+)$/.exec(flag.trim());
    if (!match) throw new DrydockError('usage', `--rule takes id=level (e.g. latest-tag=error), not "${flag}"`);
    // both groups are required
    out[match[1]!] = match[2]!;
  }
  return out;
}
