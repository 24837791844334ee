import type { Taint } from './cluster-model.js';
import { isTaintEffect } from './cluster-model.js';
import { parseNodeLabels, parseTaintList } from './kubelet-flags.js';

/** What kubeadm config patches change about a kind node. */
export interface PatchedNodeSettings {
  labels: Record<string, string>;
  taints: Taint[];
  maxPods?: number;
}

/**
 * Reads the parts of kind's `kubeadmConfigPatches` the scheduler sees: `node-labels` and
 * `register-with-taints` kubelet arguments (map form, or kubeadm v1beta4's `{name, value}`
 * list), `nodeRegistration.taints`, and a KubeletConfiguration's `maxPods`. The patches are
 * YAML text inside YAML; these few keys are read with patterns rather than a second parser,
 * which keeps src/plan free of I/O and parsers. A blank run before a key is `[ \t]` or
 * `[^\S\n]`, never `\s`: `^\s*` rescans every following blank line from each line start.
 */
export function readKubeadmPatches(patches: unknown): PatchedNodeSettings {
  const out: PatchedNodeSettings = { labels: {}, taints: [] };
  if (!Array.isArray(patches)) return out;
  for (const patch of patches) {
    if (typeof patch !== 'string') continue;
    for (const value of argumentValues(patch, 'node-labels')) Object.assign(out.labels, parseNodeLabels(value));
    for (const value of argumentValues(patch, 'register-with-taints')) {
      for (const item of parseTaintList(value)) out.taints.push(item);
    }
    for (const item of registrationTaints(patch)) out.taints.push(item);
    const maxPods = /^[ \t]*maxPods:[ \t]*(\d+)[^\S\n]*$/m.exec(patch);
    if (maxPods) out.maxPods = Number(maxPods[1]);
  }
  return out;
}

function unquote(text: string): string {
  const trimmed = text.trim();
  return /^(["']).*\1$/.test(trimmed) ? trimmed.slice(1, -1) : trimmed;
}

function argumentValues(patch: string, name: string): string[] {
  const out: string[] = [];
  const mapForm = new RegExp(`^[ \\t]*${name}:\\s*(.+)$`, 'gm');
  for (const [, value] of patch.matchAll(mapForm)) out.push(unquote(value!));
  const listForm = new RegExp(`name:\\s*["']?${name}["']?[^\\S\\n]*\\n\\s*value:\\s*(.+)$`, 'gm');
  for (const [, value] of patch.matchAll(listForm)) out.push(unquote(value!));
  return out;
}

// `taints:` under nodeRegistration, as a list of flow or block mappings with key/value/effect
function registrationTaints(patch: string): Taint[] {
  const out: Taint[] = [];
  const block = /^([ \t]*)taints:(?:[^\S\n]*\n)+((?:\1\s*-.*\n?|\1\s+\w+:.*\n?)*)/m.exec(patch);
  const items = block?.[2];
  if (items === undefined) return out;
  for (const item of items.split(/^[^\S\n]*-\s*/m).filter((s) => s.trim() !== '')) {
    const field = (name: string) => {
      const match = new RegExp(`${name}:\\s*([^,}\\n]*)`).exec(item);
      return match ? unquote(match[1]!) : undefined;
    };
    const key = field('key');
    const effect = field('effect');
    if (!key || !isTaintEffect(effect)) continue;
    const value = field('value');
    out.push(value ? { key, value, effect } : { key, effect });
  }
  return out;
}
