/** Exit codes of the CLI and the Action: nothing at error level, errors found, usage or internal failure. */
export declare const ExitCode: {
    readonly ok: 0;
    readonly findings: 1;
    readonly failure: 2;
};
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
/** The fixed list of usage and internal failure codes; each maps to exit code 2. */
export type FailureCode = 'usage' | 'path-not-found' | 'path-unreadable' | 'config-not-found' | 'config-invalid' | 'unknown-format' | 'unknown-kubernetes-version' | 'schema-missing' | 'output-unwritable' | 'git-ref-missing' | 'internal';
/** A usage or internal failure: caught once by the CLI and reported with exit code 2. */
export declare class DrydockError extends Error {
    readonly code: FailureCode;
    constructor(code: FailureCode, message: string);
}
/**
 * The one line an entry point prints for an unexpected error: what it was, without the stack
 * (a stranger's input must not fill a CI log with one), unless `debug` (DRYDOCK_DEBUG=1) asks for it.
 */
export declare function describeInternalError(error: unknown, debug: boolean): string;
