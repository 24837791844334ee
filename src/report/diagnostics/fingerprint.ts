import { createHash } from 'node:crypto';
import type { Diagnostic } from '../../resources/index.js';

/**
 * A fingerprint per diagnostic that stays the same across runs and when lines move: a SHA-256 of
 * rule id, file, resource identity (apiVersion, kind, namespace, name), JSON path and message id,
 * never of positions or message text. Diagnostics that share all of these (two YAML errors of one
 * code in one file) are told apart by their order, as `<hash>:<n>` with n counting from 1.
 */
export function diagnosticFingerprints(diagnostics: readonly Diagnostic[]): string[] {
  const seen = new Map<string, number>();
  return diagnostics.map((d) => {
    const hash = createHash('sha256').update(identityOf(d)).digest('hex');
    const occurrence = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, occurrence);
    return `${hash}:${occurrence}`;
  });
}

function identityOf(d: Diagnostic): string {
  const r = d.resource;
  const resource = r ? [r.apiVersion, r.kind, r.namespace ?? '', r.name] : null;
  return JSON.stringify([d.ruleId, d.range.file, resource, d.path ?? null, d.messageId ?? null]);
}
