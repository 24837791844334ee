import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadText } from '../../src/load/index.js';
import type { Rule } from '../../src/lint/rule-api.js';
import { runRules } from '../../src/lint/run-rules.js';
import { ResourceSet } from '../../src/resources/index.js';
import { checkShard } from '../../src/run/validate-shard.js';
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

/**
 * Concepts that `drydock lint` covers with what the API server would reject (validation), not
 * with a best-practice rule: the diagnostic ids that stand for each.
 */
export const validationConcepts: Record<string, string[]> = {
  'deprecated-api-version': ['schema/api-not-served', 'schema/deprecated-api'],
  'selector-label-mismatch': ['api/workload-selector'],
  'schema-invalid': ['schema', 'schema/api-not-served', 'yaml/syntax'],
  'container-port-invalid': ['api/container-ports', 'schema'],
  'invalid-port-name': ['api/container-ports', 'api/service-ports'],
  'cronjob-restart-policy-invalid': ['api/restart-policy'],
};

/**
 * Concepts a rule covers together with validation: the rule reports what the API server
 * accepts, validation what it rejects. An entry counts as flagged when either fires.
 */
export const sharedWithValidation: Record<string, string[]> = {
  'topology-spread-invalid': ['api/topology-spread'],
};

/** The validation diagnostic ids (`schema`, `api/…`, `yaml/…`) drydock reports on one suite file. */
export async function firingValidation(file: string): Promise<Set<string>> {
  const output = await checkShard({ files: [path.join(peersDir, file)], cwd: peersDir, kubernetesVersion: '1.36', schemaDirs: [] });
  return new Set(output.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.ruleId));
}

/** The rule ids that fire on one suite file when all `rules` run with their defaults. */
export function firingRules(file: string, rules: readonly Rule<string, unknown>[]): Set<string> {
  const loaded = loadText(readFileSync(path.join(peersDir, file), 'utf8'), file);
  const active = rules.map((rule) => ({ rule, severity: rule.severity, options: rule.options?.defaults ?? {} }));
  const diagnostics = runRules(active, new ResourceSet(loaded.resources), { kubernetesVersion: '1.36', defaultNamespace: 'default' });
  return new Set(diagnostics.map((d) => d.ruleId));
}
