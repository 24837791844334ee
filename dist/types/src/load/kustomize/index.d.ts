import type { Diagnostic, LoadRestrictor, Resource } from '../../resources/index.js';
import type { KustomizeFiles } from '../kustomize-files.js';
import { type BuildLimits } from './build-context.js';
export { kustomizeDiagnostic } from './kustomize-diagnostic.js';
/** What to build, and where reads may go. */
export interface KustomizeOptions {
    /** Every file read must lie under this folder (a real path; see src/load/root.ts). */
    root: string;
    /** File names in diagnostics are relative to this. */
    cwd: string;
    limits?: Partial<BuildLimits>;
    /** Where the files are read: the disk under `root` by default, or a git tree at a ref (`GitTree`). */
    files?: KustomizeFiles;
    /** Which files a kustomization may read: kustomize's default, `LoadRestrictionsRootOnly`, when unset. */
    loadRestrictor?: LoadRestrictor;
}
/** A kustomization's build: the objects the cluster would get, findings, and every file it used. */
export interface KustomizeBuild {
    /** The kustomization file (absolute). */
    file: string;
    resources: Resource[];
    diagnostics: Diagnostic[];
    /** Every file the build read: kustomizations, resources, patches, components (absolute). */
    files: Set<string>;
    /** The folders of the kustomizations and components it built, its own included (absolute). */
    folders: Set<string>;
    /** A Component: built only through the kustomizations that use it, so alone it yields no objects. */
    isComponent: boolean;
}
/**
 * Builds the kustomization in `dir` as `kustomize build` would, offline: every value of the built
 * objects keeps the file, line and column it came from (`rangeOf`). Undefined when the folder
 * has no kustomization file.
 */
export declare function buildKustomization(dir: string, options: KustomizeOptions): KustomizeBuild | undefined;
