import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  BatchQueue,
  checkBatches
} from "./chunks/chunk-K343JDSM.js";
import "./chunks/chunk-KRMKJ656.js";
import "./chunks/chunk-WNTUBXQH.js";
import "./chunks/chunk-366W3JI3.js";
import "./chunks/chunk-OXW67ZNW.js";
import "./chunks/chunk-UPYXRUCZ.js";
import "./chunks/chunk-HANBNIMK.js";

// src/validate-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var { input, queue } = workerData;
var batches = await checkBatches(input, new BatchQueue(input.files, queue.batchSize, queue.shared));
parentPort?.postMessage({ batches });
