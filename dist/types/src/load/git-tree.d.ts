import type { KustomizeFiles, PathKind, ReadRefusal, ReadResult } from './kustomize-files.js';
/** One entry of `git ls-tree -r`: its mode and object. */
interface TreeEntry {
    mode: string;
    object: string;
}
/** Whether `ref` names a commit of the repository at `cwd`. */
export declare function isGitRef(ref: string, cwd: string): boolean;
/**
 * The files of a commit, read without a checkout: `git ls-tree -r` lists every path with its mode
 * once; blobs are sized with `git cat-file --batch-check` and read with `git cat-file --batch`,
 * each at most as large as the caller allows (the size is known before reading; `ls-tree -l`
 * would size every blob of the repository, a cost that grows with it). Paths are absolute, as
 * the commit's files would lie in the repository's top-level folder, and diagnostics name them
 * `<ref>:<path>` (from the working directory). Links and submodules are never followed: a path
 * that is one, or leads through one, is refused (`link`).
 */
export declare class GitTree implements KustomizeFiles {
    readonly ref: string;
    /** The repository's top-level folder. */
    readonly top: string;
    /** The working directory, as a real path (git's top-level is one): input paths and file names start from it. */
    readonly cwd: string;
    /** Reads stay under this folder too (the run's root), when given. */
    private readonly fence;
    /** Every path of the commit (relative to `top`, with `/`), folders left out. */
    readonly entries: ReadonlyMap<string, TreeEntry>;
    private readonly blobs;
    /** Sizes of the blobs asked about so far (by object id). */
    private readonly sizes;
    private readonly folders;
    private children;
    private constructor();
    /** The tree of `ref` in the repository around `cwd`; a usage error when there is none. */
    static open(ref: string, cwd: string, fence?: string): GitTree;
    /** `file` relative to the top-level, with `/`; undefined when it is not inside. */
    relative(file: string): string | undefined;
    /** The absolute path of a path of the tree. */
    absolute(relative: string): string;
    /** Whether a path of the tree is a regular file (not a link, not a submodule). */
    isRegularFile(relative: string): boolean;
    refusal(file: string): ReadRefusal | undefined;
    kindOf(file: string): PathKind;
    read(file: string, maxBytes: number): ReadResult;
    realPath(file: string): string | undefined;
    subfolders(dir: string): string[];
    displayName(file: string): string;
    /**
     * Reads the regular files of `files` (absolute paths) of at most `maxBytes` each, and the small
     * files below the folders of the kustomization files among them (what their builds read):
     * one `git cat-file --batch-check` and as few `git cat-file --batch` as the batch bound allows.
     */
    prefetch(files: readonly string[], maxBytes: number): void;
    /** Reads `objects` (at most `maxBytes` each) and the small files below `folders` (`a/b/`, or '' for the top). */
    private fetchNear;
    /** Learns the sizes of `objects` with one `git cat-file --batch-check` (headers only, no content). */
    private measure;
    /** Reads `objects` (sized already) with `git cat-file --batch`, several runs when they are large. */
    private fetch;
    private fetchBatch;
}
export {};
