import { type Diagnostic, type SkippedCounts } from '../resources/index.js';
export type { SkippedCounts } from '../resources/index.js';
/** Extensions read when walking a directory; a file named on the command line is read whatever its name. */
export declare const manifestExtensions: RegExp;
/**
 * Whether a folder walk takes a file: one with a manifest extension, or a kustomization file
 * (`Kustomization` has no extension, and an overlay folder may hold nothing else).
 */
export declare function isWalkedFileName(name: string): boolean;
/** The config's `ignore:` globs (relative to `base`, the config's folder) as a test of absolute paths. */
export declare function ignoreMatcher(ignore: readonly string[] | undefined, base: string): (file: string) => boolean;
/** Whether a directory walk skips this entry: hidden files and folders, and `node_modules`. */
export declare function isSkippedInWalk(name: string): boolean;
/** What to look for. `ignore` holds globs relative to `ignoreBase` (the config's `ignore:`). */
export interface FindOptions {
    cwd: string;
    ignore?: readonly string[];
    /** The folder `ignore` globs are relative to: the config file's (`DrydockConfig.root`); `cwd` when unset. */
    ignoreBase?: string;
    /**
     * The run's root (a real path, see `resolveRoot`). When given, nothing found in a folder walk
     * or a glob, and nothing named below the root, is followed through a link to a place outside
     * it (or into `.git`): such a link is noted and skipped. Without it, links are not checked
     * (for callers passing files already found).
     */
    root?: string;
}
/** One input: a file path, or `-` for standard input. */
/** One input: a file (`named` when the command line names it, not a folder or glob), or standard input. */
export type InputEntry = {
    kind: 'file';
    path: string;
    named?: boolean;
} | {
    kind: 'stdin';
};
/** What a search found: the inputs, what it skipped, and notes (`input/outside-root`, `input/ignore-overridden`). */
export interface FoundInputs {
    entries: InputEntry[];
    skipped: SkippedCounts;
    notes: Diagnostic[];
    /** Each folder the command line names, as written, with the files found in it (absolute paths). */
    folders: FolderInput[];
}
/** A folder named on the command line, the files its walk found and what it passed over. */
export interface FolderInput {
    input: string;
    files: string[];
    skipped: SkippedCounts;
}
/**
 * Expands the command line's paths into files, in a stable order: directories recursively
 * (skipping hidden entries, `node_modules`, ignored paths, links that loop or leave the root, and
 * special files), globs against the files below their fixed prefix. A file named on the command
 * line is read even when an ignore pattern matches it (with a note). A path that matches nothing
 * is a usage error.
 */
export declare function findInputFiles(inputs: readonly string[], options: FindOptions): FoundInputs;
/** The name a file is shown by: relative to the working directory when inside it. */
export declare function displayName(file: string, cwd: string): string;
