/** Exit codes of the CLI and the Action: nothing at error level, errors found, usage or internal failure. */
export const ExitCode = { ok: 0, findings: 1, failure: 2 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** The fixed list of usage and internal failure codes; each maps to exit code 2. */
export type FailureCode =
  | 'usage'
  | 'path-not-found'
  | 'path-unreadable'
  | 'config-not-found'
  | 'config-invalid'
  | 'unknown-format'
  | 'unknown-kubernetes-version'
  | 'schema-missing'
  | 'output-unwritable'
  | 'git-ref-missing'
  | 'internal';

/** A usage or internal failure: caught once by the CLI and reported with exit code 2. */
export class DrydockError extends Error {
  constructor(
    readonly code: FailureCode,
    message: string,
  ) {
    super(message);
    this.name = 'DrydockError';
  }
}

/**
 * The one line an entry point prints for an unexpected error: what it was, without the stack
 * (a stranger's input must not fill a CI log with one), unless `debug` (DRYDOCK_DEBUG=1) asks for it.
 */
export function describeInternalError(error: unknown, debug: boolean): string {
  if (debug && error instanceof Error && error.stack) return `internal error, please report it: ${error.stack}`;
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const firstLine = (what.split('\n', 1)[0] ?? '').slice(0, 200);
  return `internal error, please report it: ${firstLine} (rerun with DRYDOCK_DEBUG=1 to print the stack)`;
}
