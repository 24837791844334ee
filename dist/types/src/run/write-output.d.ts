/** What a report must not be written over, and where it must stay. */
export interface OutputGuard {
    /** Paths are relative to this. */
    cwd: string;
    /** The run's root (a real path): a target named below it may not lead out of it through a linked folder. */
    root?: string;
    /** The files the run read (absolute or relative to `cwd`): never overwritten. */
    inputs?: readonly string[];
}
/**
 * Writes a report (`--output`, the Action's SARIF and plan files) without following a link at
 * the target, without leaving the root through a linked folder, and never over a file the run
 * read: a checkout could otherwise aim the report at `.git/config`, a manifest, or a file
 * elsewhere on the runner. A refusal is the usage error `output-unwritable`.
 */
export declare function writeOutputFile(file: string, text: string, guard: OutputGuard): void;
/**
 * Creates the folders of an output file (the Action's `sarif-file` may name new ones), but not
 * below a linked folder that leads out of the root: the nearest existing folder is checked first.
 */
export declare function makeOutputFolder(file: string, guard: OutputGuard): void;
