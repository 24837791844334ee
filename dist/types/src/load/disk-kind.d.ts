import type { PathKind } from './kustomize-files.js';
/** What `file` is on disk, links followed. */
export declare function diskKindOf(file: string): PathKind;
/** The folders directly in `dir` that a walk enters (links are not folders here). */
export declare function diskSubfolders(dir: string): string[];
