import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  DrydockError
} from "./chunk-6GIETJWD.js";

// src/lint/rule-flags.ts
function parseRuleFlags(flags) {
  const out = {};
  for (const flag of flags) {
    const match = /^([\w-]+)=(\w+)$/.exec(flag.trim());
    if (!match) throw new DrydockError("usage", `--rule takes id=level (e.g. latest-tag=error), not "${flag}"`);
    out[match[1]] = match[2];
  }
  return out;
}

export {
  parseRuleFlags
};
