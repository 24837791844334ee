import type { KustomizeFiles } from './kustomize-files.js';
/** How far the search for the kustomizations that may use a file goes: it runs for every named file. */
export interface NearLimits {
    /** Folders looked at upward from the file's folder (itself included). */
    levelsUp: number;
    /** Folder levels searched below the layout folder. */
    depthDown: number;
    /** Folders listed by the downward search. */
    foldersListed: number;
    /** Kustomization folders returned. */
    found: number;
}
export declare const nearLimits: NearLimits;
/** Where the search looks, and what it leaves out. */
export interface NearOptions {
    /** The disk (confined to the root) by default, or a git tree at a ref. */
    files?: KustomizeFiles;
    /**
     * The config's `ignore:` (absolute paths): an ignored folder is not entered, and one whose
     * folder or kustomization file is ignored is never a candidate, as a walk skips them.
     */
    isIgnored?: (path: string) => boolean;
}
/** `KustomizationsNear.of` for one folder. */
export declare function kustomizationFoldersNear(dir: string, root: string, limits?: NearLimits, options?: NearOptions): string[];
/**
 * Finds the kustomization folders that may use a folder's files, for many folders of one run:
 * folder listings and kustomization checks are kept, so named files in one tree cost each
 * folder one listing. Results do not depend on what was searched before.
 */
export declare class KustomizationsNear {
    private readonly root;
    private readonly limits;
    private readonly isKustomization;
    private readonly isComponent;
    private readonly listings;
    private readonly files;
    private readonly isIgnored;
    constructor(root: string, limits?: NearLimits, options?: NearOptions);
    /**
     * The kustomization folders that may use `dir`'s files, all under the root (real paths):
     * 1. `dir` and its ancestors that hold a kustomization file (a patch's overlay, a file's base);
     * 2. above the topmost of those (or above `dir` when there is none), the nearest ancestor with
     *    kustomization folders below it, off the path already seen (the `k8s` of `k8s/base` and
     *    `k8s/overlays/*`): those folders, down to `depthDown` levels (overlays that use a base or a
     *    shared file beside them). Components alone do not end the climb (`components/a` beside
     *    `components/b`): a Component builds nothing, its users lie further out.
     * Both steps stay within `levelsUp` folders from `dir`; hidden folders, `node_modules`, ignored
     * folders and links are not entered, and the folders listed and found are bounded by the limits.
     */
    of(dir: string): string[];
    /** Kustomization folders strictly below `dir`, at most `depthDown` levels down, leaving out `seen`. */
    private below;
    private subfolders;
    private holdsComponent;
    private holdsKustomization;
    private kustomizationFileOf;
}
