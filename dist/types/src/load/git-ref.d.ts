import type { LoadResult } from './load-inputs.js';
/** Whether `ref` names a commit of the repository at `cwd`. */
export declare function isGitRef(ref: string, cwd: string): boolean;
/**
 * Reads the same paths as they were at a git ref, without a checkout: `git ls-tree` lists them,
 * one `git cat-file --batch` reads them all. Directory walks follow the working-tree rules
 * (manifest extensions, no hidden entries, no node_modules, the config's ignores). File names
 * in diagnostics are `<ref>:<path>`. A path missing at the ref is simply absent there.
 */
export declare function loadGitRef(ref: string, inputs: readonly string[], options: {
    cwd: string;
    ignore?: readonly string[];
}): Promise<LoadResult>;
