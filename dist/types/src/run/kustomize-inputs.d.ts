import { type InputEntry, type KustomizeFiles, type NearLimits } from '../load/index.js';
import type { KustomizeBuild } from '../load/kustomize/index.js';
export type { KustomizeBuild };
import type { Diagnostic, LoadRestrictor, Resource } from '../resources/index.js';
/** The kustomizations a run found and built, and the files they account for. */
export interface KustomizeInputs {
    /** The builds that are checked (overlays, and bases no overlay uses or all with `kustomizeBases`). */
    builds: KustomizeBuild[];
    /** Input files that a build reads (resources, patches, components, kustomization files): checked through it, not alone. */
    consumed: Set<string>;
    /**
     * The builds checked only for the named files they use (found near those files, not walked):
     * their findings count only in the named files they read (`namedThrough`).
     */
    throughNamed: Set<KustomizeBuild>;
    /** Named files checked through the builds of `throughNamed` (absolute, as the builds name them). */
    namedThrough: Set<string>;
    /** Named files (absolute) that only Components no kustomization near them uses read: not checked, with this note. */
    notes: Map<string, Diagnostic>;
}
/** Where to build, and what a named file may lead to. */
export interface KustomizeInputOptions {
    root: string;
    cwd: string;
    includeBases?: boolean;
    /** Bounds of the search for the kustomizations that use a named file. */
    nearLimits?: NearLimits;
    /** The config's `ignore:`: the search for a named file's kustomizations skips what it ignores. */
    ignore?: readonly string[];
    /** The folder the `ignore:` globs are relative to (the config's; default `cwd`). */
    ignoreBase?: string;
    /** Where the files are read: the disk by default, or a git tree at a ref (`GitTree`). */
    files?: KustomizeFiles;
    /** Which files a kustomization may read (kustomize's default when unset). */
    loadRestrictor?: LoadRestrictor;
}
/**
 * Builds every kustomization among the folders a walk found files in, and those of the
 * kustomization files named on the command line. A kustomization that another one uses (a base,
 * a component) is checked through its users, and alone only when no other build uses it or when
 * `includeBases` is set. Another named file is checked through the kustomizations near it that
 * use it (see `KustomizationsNear`), and alone when none does. A Component that no other build
 * uses (named, walked, or a file only it reads named) is checked through the kustomizations near
 * it that use the component.
 */
export declare function buildKustomizations(entries: readonly InputEntry[], options: KustomizeInputOptions): Promise<KustomizeInputs>;
/**
 * The input files checked alone: those no build reads. A walk takes a file without a manifest
 * extension only as a kustomization file (`Kustomization`), so such a file is never read alone,
 * even when no build read it (a Flux Kustomization, or one beside a `kustomization.yaml`).
 */
export declare function filesCheckedAlone(entries: readonly InputEntry[], inputs: KustomizeInputs): string[];
/** The resources and findings of the builds, each finding reported once. */
export declare function builtOutput(builds: readonly KustomizeBuild[]): {
    resources: Resource[];
    diagnostics: Diagnostic[];
};
