import type { BatchQueue } from './batch-queue.js';
import type { CrdSource } from './find-crds.js';
import type { LoadedText } from '../load/index.js';
import { type Diagnostic, type KubernetesVersion, type Resource, type UnreadableCrd } from '../resources/index.js';
export type { CrdSource } from './find-crds.js';
/** One share of a validation run: files to check, and the input-wide facts they need. */
export interface ShardInput {
    /** Absolute paths. */
    files: string[];
    cwd: string;
    kubernetesVersion: KubernetesVersion;
    schemaDirs: string[];
    /** Every CRD of the whole input, found up front; then files are checked in small batches. */
    crds?: CrdSource[];
    /** The input's CRD documents that could not be read. */
    unreadableCrds?: UnreadableCrd[];
    /** The namespace of objects that name none (for objects defined twice); default `default`. */
    defaultNamespace?: string;
}
/** What a shard found: the names of the files it read, its diagnostics and its resources. */
export interface ShardOutput {
    files: string[];
    /** The number of objects each file of `files` holds (same order). */
    objects: number[];
    diagnostics: Diagnostic[];
    resources: Resource[];
}
/** What one batch of a BatchQueue gave: plain data, so a worker can send it back. */
export interface BatchOutput {
    index: number;
    files: string[];
    /** The number of objects each file of `files` holds (same order). */
    objects: number[];
    diagnostics: Diagnostic[];
}
/** Files per batch: small enough that threads finish close together and memory stays flat. */
export declare const batchSize = 8;
/** Loads and checks the files (and standard input's `extra`) all at once, keeping every resource. */
export declare function checkShard(input: ShardInput, extra?: {
    resources: Resource[];
    diagnostics: Diagnostic[];
}): Promise<ShardOutput>;
/**
 * With the input's CRDs known up front, nothing else is shared between files, so files are
 * loaded and checked a batch at a time and their resources dropped: memory stays flat. Batches
 * come from `queue`, which other threads may be taking from too; `preloaded` holds files this
 * thread has already read (the CRD files).
 */
export declare function checkBatches(input: ShardInput, queue: BatchQueue, preloaded?: Map<string, LoadedText>): Promise<BatchOutput[]>;
/** The batches of all threads as one output, in batch order: the same as one thread's. */
export declare function mergeBatches(batches: BatchOutput[]): ShardOutput;
