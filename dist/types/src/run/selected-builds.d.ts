import type { Diagnostic, Resource } from '../resources/index.js';
import { type KustomizeInputs } from './kustomize-inputs.js';
import { type Shard } from './select-files.js';
/** The selected kustomizations' built objects and findings; `files` are the names of the files they read. */
export interface SelectedBuilds {
    resources: Resource[];
    diagnostics: Diagnostic[];
    files: string[];
    objects: number[];
    count: number;
    /** Files read by builds checked only for the named files they use: their findings are left out. */
    leftOut: Set<string>;
    /** Every file the builds read (names), reported or not: the inputs of their findings. */
    read: string[];
    /** The kustomization files (names) of builds that reported a finding, wherever it lies: their folders checked something. */
    reporting: Set<string>;
}
/** Which builds a run reports on, and the files, objects and findings it reports through them. */
export interface BuildSelection {
    cwd: string;
    shard?: Shard;
    /** The files changed since `changedSince` (real paths), when it is given. */
    changed?: ReadonlySet<string>;
    /** The files checked alone (absolute): a finding in one of them is theirs, never left out. */
    aloneFiles: readonly string[];
}
/** The builds of this job (`shard`) and change (`changed`), with what they report. */
export declare function selectBuilds(kustomizations: KustomizeInputs, selection: BuildSelection): SelectedBuilds;
