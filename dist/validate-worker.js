import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  BatchQueue,
  checkBatches
} from "./chunks/chunk-0CAA22A5.js";
import "./chunks/chunk-4C299840.js";
import "./chunks/chunk-6BE7FF14.js";
import "./chunks/chunk-BA0DC00E.js";
import "./chunks/chunk-FB1328E6.js";
import "./chunks/chunk-84BF4BE3.js";
import "./chunks/chunk-084AE718.js";
import "./chunks/chunk-E3B0C442.js";

// src/run/validate-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var { input, queue } = workerData;
var batches = await checkBatches(input, new BatchQueue(input.files, queue.batchSize, queue.shared));
parentPort?.postMessage({ batches });
