import type { Diagnostic } from './diagnostic.js';
import type { Resource } from './resource.js';
/**
 * A bug turned into a finding, so that one resource cannot stop the run (entry points exit 2 on
 * it): `what` is the part of drydock that threw (`the rule latest-tag`, `schema validation`).
 */
export declare function internalFailure(what: string, messageId: string, resource: Resource, error: unknown): Diagnostic;
/** Whether a run met a bug (an `internal` finding): the CLI and the Action then exit 2. */
export declare function hasInternalFailure(diagnostics: readonly Diagnostic[]): boolean;
