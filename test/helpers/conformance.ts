import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadText } from '../../src/load/index.js';
import type { Rule } from '../../src/lint/rule-api.js';
import { runRules } from '../../src/lint/run-rules.js';
import { ResourceSet } from '../../src/resources/index.js';
import { sharedDir } from './shared.js';

/** The peers' conformance suite (../shared/conformance/peers), absent in a plain clone. */
export const peersDir = path.join(sharedDir, 'conformance', 'peers');
export const hasPeers = existsSync(path.join(peersDir, 'index.json'));

export interface PeerEntry {
  file: string;
  tool: string;
  peerCheck: string;
  concept: string;
  expect: 'flag' | 'clean';
}

/** The suite's entries and the concept → drydock rule ids map. */
export function peerSuite(): { entries: PeerEntry[]; conceptMap: Record<string, string[]> } {
  return {
    entries: JSON.parse(readFileSync(path.join(peersDir, 'index.json'), 'utf8')) as PeerEntry[],
    conceptMap: JSON.parse(readFileSync(path.join(peersDir, 'concept-map.json'), 'utf8')) as Record<string, string[]>,
  };
}

/** The rule ids that fire on one suite file when all `rules` run with their defaults. */
export function firingRules(file: string, rules: readonly Rule<string, unknown>[]): Set<string> {
  const loaded = loadText(readFileSync(path.join(peersDir, file), 'utf8'), file);
  const active = rules.map((rule) => ({ rule, severity: rule.severity, options: rule.options?.defaults ?? {} }));
  const diagnostics = runRules(active, new ResourceSet(loaded.resources), { kubernetesVersion: '1.36', defaultNamespace: 'default' });
  return new Set(diagnostics.map((d) => d.ruleId));
}
