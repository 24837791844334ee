import { type InputEntry } from '../load/index.js';
import type { KustomizeBuild } from '../load/kustomize/index.js';
import type { Diagnostic, Resource } from '../resources/index.js';
/** The kustomizations a run found and built, and the files they account for. */
export interface KustomizeInputs {
    /** The builds that are checked (overlays, and bases no overlay uses or all with `kustomizeBases`). */
    builds: KustomizeBuild[];
    /** Walked files that a build reads (resources, patches, components, kustomization files): checked through it, not alone. */
    consumed: Set<string>;
}
/**
 * Builds every kustomization among the folders a walk found files in. A kustomization that
 * another one uses (a base, a component) is checked through its users, and alone only when no
 * other build uses it or when `includeBases` is set. Files named on the command line stay
 * inputs of their own.
 */
export declare function buildKustomizations(entries: readonly InputEntry[], options: {
    root: string;
    cwd: string;
    includeBases?: boolean;
}): Promise<KustomizeInputs>;
/** The resources and findings of the builds, each finding reported once. */
export declare function builtOutput(builds: readonly KustomizeBuild[]): {
    resources: Resource[];
    diagnostics: Diagnostic[];
};
