import { type Diagnostic, type JsonPath, type LoadRestrictor, type RangeTarget, type SourceRange } from '../../resources/index.js';
import type { KustomizeFiles, PathKind } from '../kustomize-files.js';
import type { PositionedDocument } from '../load-documents.js';
/** Bounds on what one build may do: kustomizations are input, and input may be hostile. */
export interface BuildLimits {
    /** Kustomizations nested inside each other. */
    maxDepth: number;
    /** Objects in one build. */
    maxObjects: number;
}
export declare const defaultLimits: BuildLimits;
/** The state of one build: where reads may go, what was read, and the findings so far. */
export declare class BuildContext {
    /** Where the build reads, confined: the disk under the run's root, or a git tree at a ref. */
    readonly reader: KustomizeFiles;
    readonly limits: BuildLimits;
    readonly loadRestrictor: LoadRestrictor;
    readonly diagnostics: Diagnostic[];
    /** Every file the build read (absolute paths). */
    readonly files: Set<string>;
    /** The folders of every kustomization and component it built (absolute). */
    readonly folders: Set<string>;
    /** The `kind` of each folder's kustomization file (`Kustomization` when unset). */
    readonly kinds: Map<string, string>;
    objectCount: number;
    private readonly reported;
    constructor(
    /** Where the build reads, confined: the disk under the run's root, or a git tree at a ref. */
    reader: KustomizeFiles, limits: BuildLimits, loadRestrictor?: LoadRestrictor);
    name(file: string): string;
    /** Reports a finding once (a base built twice, through two components, reports its problems once). */
    report(diagnostic: Diagnostic): void;
    /** Reports what kustomize would refuse in a kustomization (or a patch) as `kustomize/invalid-kustomization` at `at`. */
    invalid(at: SourceRange, message: string): void;
    /**
     * kustomize's default load restrictor: a file a kustomization reads (a resource, patch or
     * generator file) lies in or below the kustomization's folder, links resolved; folders (bases,
     * components) may lie anywhere. A file outside is reported at `at`, and still read, so the rest
     * of the build is checked as written.
     */
    checkLoadRestriction(kustomizationDir: string, file: string, at: SourceRange): void;
    /**
     * What `file` is, as input may learn it: a path input may not read counts as a file, so that
     * whether a link's target exists is never told.
     */
    kindSeenByInput(file: string): PathKind;
    /** Whether input may lead to `file`; reports `input/outside-root` at `at` when it may not. */
    mayRead(file: string, at: SourceRange): boolean;
}
/** One kustomization file as read: its value and positions. */
export interface Kustomization {
    dir: string;
    file: string;
    value: Record<string, unknown>;
    document: PositionedDocument;
    at(path: JsonPath, target?: RangeTarget): SourceRange;
    /** The decoded text's lines (split once, when first asked), for patches written inline. */
    lines(): readonly string[];
}
/** The entries of a list field of `kustomization`: none when it is unset or null, none and a finding when it is not a list. */
export declare function listField(context: BuildContext, kustomization: Kustomization, field: string): unknown[];
