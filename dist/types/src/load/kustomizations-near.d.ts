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
/** `KustomizationsNear.of` for one folder. */
export declare function kustomizationFoldersNear(dir: string, root: string, limits?: NearLimits): string[];
/**
 * Finds the kustomization folders that may use a folder's files, for many folders of one run:
 * folder listings and kustomization checks are kept, so named files in one tree cost each
 * folder one listing. Results do not depend on what was searched before.
 */
export declare class KustomizationsNear {
    private readonly root;
    private readonly limits;
    private readonly isKustomization;
    private readonly listings;
    constructor(root: string, limits?: NearLimits);
    /**
     * The kustomization folders that may use `dir`'s files, all under the root (real paths):
     * 1. `dir` and its ancestors that hold a kustomization file (a patch's overlay, a file's base);
     * 2. above the topmost of those (or above `dir` when there is none), the nearest ancestor with
     *    kustomization folders below it, off the path already seen (the `k8s` of `k8s/base` and
     *    `k8s/overlays/*`): those folders, down to `depthDown` levels (overlays that use a base or a
     *    shared file beside them).
     * Both steps stay within `levelsUp` folders from `dir`; hidden folders, `node_modules` and links
     * are not entered, and the folders listed and found are bounded by the limits.
     */
    of(dir: string): string[];
    /** Kustomization folders strictly below `dir`, at most `depthDown` levels down, leaving out `seen`. */
    private below;
    private subfolders;
    private holdsKustomization;
}
