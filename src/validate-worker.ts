import { parentPort, workerData } from 'node:worker_threads';
import { checkShard, type ShardInput } from './validate-shard.js';

// A worker thread's share of `drydock validate`: only plain data crosses back (no resources).
const output = await checkShard(workerData as ShardInput);
parentPort?.postMessage({ files: output.files, diagnostics: output.diagnostics });
