/** How many entries a search for input files passed over, by reason (a skipped folder counts once). */
export interface SkippedCounts {
    /** Hidden files and folders met in a folder walk (`.git` is not counted: it is never input). */
    hidden: number;
    /** `node_modules` folders met in a folder walk. */
    nodeModules: number;
    /** Files and folders matched by the config's `ignore`. */
    ignored: number;
    /** Links that lead outside the root or into `.git`. */
    outsideRoot: number;
}
/** What one run checked and what it passed over, for the line that ends a run's report. */
export interface RunCounts {
    /** Files read (standard input counts as one). */
    files: number;
    /** Kubernetes objects checked (a `kind: List` counts its items). */
    objects: number;
    /** Kustomizations built into objects (0 until runs build kustomizations). */
    kustomizationsBuilt: number;
    /** Go/Helm templates skipped (documents, or whole files under a chart's `templates/`). */
    templates: number;
    /** Other documents skipped as not Kubernetes objects (kustomizations, chart files, tool configs). */
    notManifests: number;
    /** What the search for files passed over. */
    skipped: SkippedCounts;
}
/** No entries skipped. */
export declare function noneSkipped(): SkippedCounts;
/** `" (skipped: 2 hidden, 1 ignored by the config)"`, or nothing when nothing was skipped. */
export declare function describeSkipped(skipped: SkippedCounts): string;
/**
 * The summary of a run: `42 files, 118 objects checked (3 kustomizations built; skipped: 2
 * templates, 1 hidden)`. Each count is shown only when it is above 0, except files and objects.
 */
export declare function describeRun(counts: RunCounts): string;
/** `1 object`, `3 objects`: a count with its noun in the right number. */
export declare function plural(count: number, one: string, many: string): string;
