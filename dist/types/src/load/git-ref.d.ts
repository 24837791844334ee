import { type InputEntry } from './find-files.js';
import type { GitTree } from './git-tree.js';
import { type LoadResult } from './load-inputs.js';
/**
 * The files of `tree` that `inputs` name, as findInputFiles finds them in a working tree, in its
 * order: a path the tree holds (named: read even when the config's ignores match it), every
 * manifest below a folder (no hidden entries, no node_modules, no ignored folders or files), or a
 * glob's manifests below its fixed part (ignored files left out). Only regular files: links and
 * submodules are never followed at a ref. Paths are absolute (see GitTree); `ignore` globs are
 * relative to `ignoreBase` (the working directory when unset).
 */
export declare function selectGitFiles(tree: GitTree, inputs: readonly string[], options: {
    ignore?: readonly string[];
    ignoreBase?: string;
}): InputEntry[];
/**
 * Reads and parses `files` (absolute paths of `tree`, see selectGitFiles) as manifests, as they
 * are at the tree's ref, without a checkout; diagnostics name them `<ref>:<path>`.
 */
export declare function loadGitFiles(tree: GitTree, files: readonly string[]): Promise<LoadResult>;
