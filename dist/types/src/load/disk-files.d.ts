import type { KustomizeFiles, PathKind, ReadRefusal, ReadResult } from './kustomize-files.js';
/** The working tree as a build reads it: confined to `root` after resolving links (src/load/root.ts). */
export declare class DiskFiles implements KustomizeFiles {
    readonly root: string;
    readonly cwd: string;
    constructor(root: string, cwd: string);
    refusal(file: string): ReadRefusal | undefined;
    kindOf(file: string): PathKind;
    read(file: string, maxBytes: number): ReadResult;
    realPath(file: string): string | undefined;
    subfolders(dir: string): string[];
    displayName(file: string): string;
}
