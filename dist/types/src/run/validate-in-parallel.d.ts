import type { LoadedText } from '../load/index.js';
import { type ShardInput, type ShardOutput } from './validate-shard.js';
/** Below this much input, starting threads costs more than it saves. */
export declare const parallelThresholdBytes: number;
/**
 * Above this share of the input in CRD files, one thread is faster: each thread compiles the CRD
 * schemas its custom resources need (ajv code generation, most of such a run) again.
 */
export declare const maxParallelCrdShare = 0.25;
/** The bundled worker script, when drydock runs from its bundle (never from TypeScript sources). */
export declare function workerScript(): string | undefined;
/** What a worker thread is given: its share of the run and the queue of batches it takes from. */
export interface WorkerInput {
    input: ShardInput;
    queue: {
        shared: SharedArrayBuffer;
        batchSize: number;
    };
}
/**
 * Checks the files (`input.files`, with `input.crds` found) on `jobs` threads: this one and
 * `jobs - 1` workers (fewer when there are fewer batches), all taking batches from one queue
 * until none is left. `preloaded` are files this thread has already read. Returns the merged
 * output and the number of threads that took part.
 */
export declare function checkInParallel(input: ShardInput, jobs: number, script: string, preloaded: Map<string, LoadedText>): Promise<{
    output: ShardOutput;
    threads: number;
}>;
