import { parentPort, workerData } from 'node:worker_threads';
import { BatchQueue } from './batch-queue.js';
import type { WorkerInput } from './validate-in-parallel.js';
import { checkBatches } from './validate-shard.js';

// A worker thread's part of `drydock validate`: it takes batches from the queue it shares with
// the other threads until none is left; only plain data crosses back (no resources).
const { input, queue } = workerData as WorkerInput;
const batches = await checkBatches(input, new BatchQueue(input.files, queue.batchSize, queue.shared));
parentPort?.postMessage({ batches });
