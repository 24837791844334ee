import type { YamlCode } from './yaml-codes.js';
/** A bounded read: the bytes, or why there are none (as a `yaml/*` code and a message). */
export type ReadResult = {
    ok: true;
    bytes: Uint8Array;
} | {
    ok: false;
    code: YamlCode;
    message: string;
};
/** What a path is to a build: a regular file, a folder, something else there (a FIFO, a device), or nothing. */
export type PathKind = 'file' | 'folder' | 'other' | 'absent';
/**
 * Why a build may not read a path: it leads outside the run's root, into a `.git` folder, or
 * (in a git tree) through a link or a submodule, which are never followed there.
 */
export type ReadRefusal = 'outside' | 'git-dir' | 'link';
/**
 * The files a kustomize build reads, wherever they live: the disk (src/load/disk-files.ts) or a
 * git tree at a ref (src/load/git-tree.ts). Paths are absolute, as the files would lie on disk.
 * Callers ask `refusal` before they read what input names.
 */
export interface KustomizeFiles {
    /** Why `file` may not be read, or undefined when it may. */
    refusal(file: string): ReadRefusal | undefined;
    /** What `file` is (on disk, after following links). */
    kindOf(file: string): PathKind;
    /** The bytes of `file`, at most `maxBytes` of them. */
    read(file: string, maxBytes: number): ReadResult;
    /** `file` with its links resolved (to tell one kustomization reached twice), undefined when absent. */
    realPath(file: string): string | undefined;
    /** The folders directly in `dir` (absolute, sorted) that a walk enters: no hidden ones, no `node_modules`, no links. */
    subfolders(dir: string): string[];
    /** The name diagnostics give `file`. */
    displayName(file: string): string;
}
