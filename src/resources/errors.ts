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
