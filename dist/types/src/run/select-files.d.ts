/** One CI job's share of the input: job `index` (1-based) of `count`. */
export interface Shard {
    index: number;
    count: number;
}
/** Whether `shard` names one of its jobs: whole numbers with `1 ≤ index ≤ count`. */
export declare function isShard(shard: Shard): boolean;
/** Parses `i/n` (1-based, `1 ≤ i ≤ n`); anything else is a usage error. */
export declare function parseShard(text: string): Shard;
/**
 * The shard (1-based) a file belongs to: a stable hash (FNV-1a, 32 bits, with murmur3's finalizer) of its path relative to
 * `cwd`, with `/` separators. A hash rather than a position in the sorted list, so a file stays in
 * its shard when other files are added or removed (each job's cache and history stay useful), and
 * the answer depends on nothing but the path: not on the order files were found, nor the platform.
 */
export declare function shardOf(relativePath: string, count: number): number;
/** The files (absolute paths) that belong to `shard`. */
export declare function filesOfShard(files: readonly string[], shard: Shard, cwd: string): string[];
/**
 * The files (absolute, real paths) changed since `ref` in the git repository around `cwd`: what
 * `git diff <ref>...HEAD` lists (the changes on this branch since it left `ref`, as a pull request
 * shows them, not the changes made on `ref` since), plus uncommitted changes (staged or not) and
 * untracked files that are not ignored. Deleted files are listed but match no input.
 */
export declare function changedFiles(ref: string, cwd: string): Set<string>;
/** The files (absolute paths as found) that `changed` (real paths) holds. */
export declare function filesChanged(files: readonly string[], changed: ReadonlySet<string>): string[];
/**
 * The lines a branch changed since `ref` (`git diff -U0 <ref>...HEAD` plus uncommitted changes),
 * as `path relative to cwd` → added or modified line numbers in the current file, so that the
 * Action can annotate what a pull request touched first. Empty when git cannot answer.
 */
export declare function changedLines(ref: string, cwd: string): Map<string, Set<number>>;
