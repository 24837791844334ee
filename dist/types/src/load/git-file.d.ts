/** One file as it is at a commit: its text, or why there is none. */
export type GitFile = {
    kind: 'file';
    text: string;
} | {
    kind: 'absent';
};
/**
 * Reads `file` (a path relative to `cwd`, inside the repository) as it is at the commit `commit`,
 * without touching the working tree. A path the commit lacks is `absent`; a link, a folder or a
 * submodule there is a `config-invalid` error, as is a file over 1 MiB (nothing outside the
 * commit is followed). The commit must exist (see `isGitRef`).
 */
export declare function readGitFile(commit: string, file: string, cwd: string): GitFile;
