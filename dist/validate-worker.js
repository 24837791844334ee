import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  BatchQueue,
  checkBatches
} from "./chunks/chunk-4XPF2QJC.js";
import "./chunks/chunk-747ILQ4P.js";
import "./chunks/chunk-UXXJMROX.js";
import "./chunks/chunk-XXALXKFE.js";
import "./chunks/chunk-2HNOVIFN.js";
import "./chunks/chunk-HANBNIMK.js";

// src/validate-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var { input, queue } = workerData;
var batches = await checkBatches(input, new BatchQueue(input.files, queue.batchSize, queue.shared));
parentPort?.postMessage({ batches });
