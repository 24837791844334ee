import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { BatchQueue } from './batch-queue.js';
import type { LoadedText } from '../load/index.js';
import { DrydockError } from '../resources/index.js';
import { batchSize, checkBatches, mergeBatches, type BatchOutput, type ShardInput, type ShardOutput } from './validate-shard.js';

/** Below this much input, starting threads costs more than it saves. */
export const parallelThresholdBytes = 2 * 1024 * 1024;

/**
 * Above this share of the input in CRD files, one thread is faster: each thread compiles the CRD
 * schemas its custom resources need (ajv code generation, most of such a run) again.
 */
export const maxParallelCrdShare = 0.25;

/** The bundled worker script, when drydock runs from its bundle (never from TypeScript sources). */
export function workerScript(): string | undefined {
  const here = fileURLToPath(import.meta.url);
  if (!here.split(path.sep).includes('dist')) return undefined;
  for (let dir = path.dirname(here); path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    const script = path.join(dir, 'validate-worker.js');
    if (existsSync(script)) return script;
  }
  return undefined;
}

/** What a worker thread is given: its share of the run and the queue of batches it takes from. */
export interface WorkerInput {
  input: ShardInput;
  queue: { shared: SharedArrayBuffer; batchSize: number };
}

/**
 * Checks the files (`input.files`, with `input.crds` found) on `jobs` threads: this one and
 * `jobs - 1` workers (fewer when there are fewer batches), all taking batches from one queue
 * until none is left. `preloaded` are files this thread has already read. Returns the merged
 * output and the number of threads that took part.
 */
export async function checkInParallel(input: ShardInput, jobs: number, script: string, preloaded: Map<string, LoadedText>): Promise<{ output: ShardOutput; threads: number }> {
  const queue = new BatchQueue(input.files, batchSize);
  const workerInput: WorkerInput = { input, queue: { shared: queue.shared, batchSize } };
  const workers = Array.from({ length: Math.min(jobs, queue.batchCount) - 1 }, () => runWorker(script, workerInput));
  const own = await checkBatches(input, queue, preloaded);
  const theirs = await Promise.all(workers);
  return { output: mergeBatches([...own, ...theirs.flat()]), threads: workers.length + 1 };
}

function runWorker(script: string, workerData: WorkerInput): Promise<BatchOutput[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData });
    worker.once('message', (message: { batches: BatchOutput[] }) => resolve(message.batches));
    worker.once('error', (error: Error) => reject(asDrydockError(error)));
    worker.once('exit', (code) => {
      if (code !== 0) reject(new DrydockError('internal', `a worker thread exited with code ${code}`));
    });
  });
}

/** A worker's usage error keeps its code across the thread boundary; anything else is internal. */
function asDrydockError(error: Error): DrydockError {
  const code = (error as Partial<DrydockError>).code;
  if (error.name === 'DrydockError' && code !== undefined) return new DrydockError(code, error.message);
  return new DrydockError('internal', `a worker thread failed: ${error.message}`);
}
