import { ResourceSet, type KubernetesVersion } from '../../src/resources/index.js';
import { runApiChecks } from '../../src/validate/index.js';
import { makeResources } from '../helpers/make-resource.js';

/** A diagnostic reduced to what API-check tests assert on. */
export interface Found {
  ruleId: string;
  messageId: string | undefined;
  line: number;
  column: number;
  message: string;
}

/** Runs every API check on the YAML text and keeps the diagnostics of `checkId` (all when omitted). */
export function apiFindings(yaml: string, checkId?: string, kubernetesVersion: KubernetesVersion = '1.36'): Found[] {
  const diagnostics = runApiChecks(new ResourceSet(makeResources(yaml)), { kubernetesVersion });
  return diagnostics
    .filter((d) => checkId === undefined || d.ruleId === `api/${checkId}` || d.ruleId === 'internal')
    .map((d) => ({ ruleId: d.ruleId, messageId: d.messageId, line: d.range.start.line, column: d.range.start.column, message: d.message }));
}

/** The `[messageId, line, column]` triples of `checkId`'s findings, for compact assertions. */
export function found(yaml: string, checkId: string, kubernetesVersion?: KubernetesVersion): [string | undefined, number, number][] {
  return apiFindings(yaml, checkId, kubernetesVersion).map((f) => {
    if (f.ruleId !== `api/${checkId}`) throw new Error(`unexpected ${f.ruleId}: ${f.message}`);
    return [f.messageId, f.line, f.column];
  });
}
