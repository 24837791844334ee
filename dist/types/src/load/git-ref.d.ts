import { type InputEntry } from './find-files.js';
import type { GitTree } from './git-tree.js';
import { type LoadResult } from './load-inputs.js';
/**
 * The files of `tree` that `inputs` name, as a walk of the working tree would find them: a path
 * the tree holds (named), every manifest below a folder (no hidden entries, no node_modules), or
 * a glob's matches; the config's ignores leave files out. Only regular files: links and
 * submodules are never followed at a ref. Paths are absolute (see GitTree).
 */
export declare function selectGitFiles(tree: GitTree, inputs: readonly string[], options: {
    cwd: string;
    ignore?: readonly string[];
    ignoreBase?: string;
}): InputEntry[];
/**
 * Reads and parses `files` (absolute paths of `tree`, see selectGitFiles) as manifests, as they
 * are at the tree's ref, without a checkout; diagnostics name them `<ref>:<path>`.
 */
export declare function loadGitFiles(tree: GitTree, files: readonly string[]): Promise<LoadResult>;
