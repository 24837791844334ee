import type { Diagnostic } from './diagnostic.js';
import { formatResourceId, resourceIdOf } from './resource-id.js';
import type { Resource } from './resource.js';

/**
 * A bug turned into a finding, so that one resource cannot stop the run (entry points exit 2 on
 * it): `what` is the part of drydock that threw (`the rule latest-tag`, `schema validation`).
 */
export function internalFailure(what: string, messageId: string, resource: Resource, error: unknown): Diagnostic {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    ruleId: 'internal',
    messageId,
    severity: 'error',
    message: `${what} failed on ${formatResourceId(resource)}: ${reason} (this is a bug in drydock)`,
    range: resource.rangeOf([]),
    resource: resourceIdOf(resource),
  };
}

/** Whether a run met a bug (an `internal` finding): the CLI and the Action then exit 2. */
export function hasInternalFailure(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.ruleId === 'internal');
}
