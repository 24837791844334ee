/**
 * The run's root: every file that input (a folder walk, a link, a config key) leads to must lie
 * under it. By default the git top-level of `cwd` (a checkout is what a pull request controls),
 * or `cwd` itself outside git; `--root` (here `given`, relative to `cwd`) replaces it.
 * Returned as a real path, so it compares with the real paths of what links lead to.
 */
export declare function resolveRoot(cwd: string, given?: string): string;
/** Why input may not lead to `real` (a real path): it is outside `fence`, or inside a `.git` folder (credentials live there). */
export type Confinement = 'outside' | 'git-dir';
/** Whether input may lead to `real`: undefined when it may, else why not. */
export declare function confinementOf(fence: string, real: string): Confinement | undefined;
/** `file` with every link resolved, or undefined when it does not exist. */
export declare function realOrUndefined(file: string): string | undefined;
/**
 * `file` with the links of its folder resolved and the last part kept as it is (for a file that
 * may not exist yet, or that is itself a link); undefined when the folder does not exist.
 */
export declare function realFolderOf(file: string): string | undefined;
/**
 * Why a path that input names (a config key) may not be read: undefined when where it leads
 * (`leadsTo`: links followed, dangling ones too) is under `root` and outside `.git`.
 */
export declare function pathProblem(root: string, file: string): string | undefined;
/**
 * Where `file` leads: every link on its way followed, dangling ones too, and the parts that do not
 * exist kept as written. Unlike a real path, this never depends on whether the place a link leads
 * to exists, so a refusal tells nothing of what lies outside the root.
 */
export declare function leadsTo(file: string): string;
