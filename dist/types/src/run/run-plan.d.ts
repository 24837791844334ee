import { type Plan } from '../plan/index.js';
import { type Diagnostic, type KubernetesVersion } from '../resources/index.js';
import type { DrydockConfig } from '../config/index.js';
import { type SkippedCounts } from '../load/index.js';
import { type ValidateOptions } from './run-validate.js';
/** What to plan: the desired manifests (as `validate` takes them) and the current state. */
export interface PlanRunOptions extends Pick<ValidateOptions, 'paths' | 'cwd' | 'root' | 'kubernetesVersion' | 'configFile' | 'config' | 'schemaDirs' | 'readStdin' | 'kustomizeLoadRestrictor'> {
    /** The current state: a git ref, a folder of manifests, or a `kubectl get -o yaml` dump. None: everything is a create. */
    base?: string;
    /** Plan deletes for objects the base has and the input lacks. */
    prune?: boolean;
    /** Plan even when validation finds errors. */
    force?: boolean;
    /** The namespace of objects that name none; overrides the config's. */
    namespace?: string;
    /** The cluster model to schedule on: a kind config, a drydock cluster file, or nodes (and pods) dumps; overrides the config's `cluster`. */
    cluster?: readonly string[];
    /** Each kind node's allocatable, `cpu=4,memory=8Gi,pods=110`. */
    nodeCapacity?: string;
    /** A request URL to explain through the Ingresses (`https://shop.example.com/api/cart`). */
    route?: string;
    /** Simulate at most this many Pods in all (default 10,000); the largest workloads are cut first, with a note. */
    maxPods?: number;
}
export interface PlanRunResult {
    /** Undefined when validation failed and `force` was not given. */
    plan?: Plan;
    /** Validation findings, problems reading the base, and the plan's own findings, sorted. */
    diagnostics: Diagnostic[];
    files: string[];
    kubernetesVersion: KubernetesVersion;
    config: DrydockConfig;
    /** What the search for the desired manifests passed over (hidden, `node_modules`, ignored, links leaving the root). */
    skipped: SkippedCounts;
    /** The run's root (a real path). */
    root: string;
    /** How many kustomizations were built and checked. */
    kustomizationsBuilt: number;
}
/** Validates the desired manifests, reads the base, and plans the apply. */
export declare function plan(options: PlanRunOptions): Promise<PlanRunResult>;
