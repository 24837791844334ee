import type { Taint } from './cluster-model.js';
import { isTaintEffect } from './cluster-model.js';

/** Reads kubelet's `--node-labels` value (`k=v,k2=v2`). */
export function parseNodeLabels(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of text.split(',').map((e) => e.trim()).filter(Boolean)) {
    const at = entry.indexOf('=');
    if (at > 0) out[entry.slice(0, at)] = entry.slice(at + 1);
  }
  return out;
}

/** Reads kubelet's `--register-with-taints` value (`key=value:Effect` or `key:Effect`, comma-separated). */
export function parseTaintList(text: string): Taint[] {
  const out: Taint[] = [];
  for (const entry of text.split(',').map((e) => e.trim()).filter(Boolean)) {
    const colon = entry.lastIndexOf(':');
    const effect = entry.slice(colon + 1);
    if (colon <= 0 || !isTaintEffect(effect)) continue;
    // split always yields at least one part, so key is there
    const [key = '', value] = entry.slice(0, colon).split('=', 2);
    out.push(value === undefined ? { key, effect } : { key, value, effect });
  }
  return out;
}
