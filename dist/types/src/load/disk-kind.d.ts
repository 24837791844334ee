import type { PathKind } from './kustomize-files.js';
/** What `file` is on disk, links followed. */
export declare function diskKindOf(file: string): PathKind;
