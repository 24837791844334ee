import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  BatchQueue,
  checkBatches
} from "./chunks/chunk-SVMFBYJP.js";
import "./chunks/chunk-LKLECRRE.js";
import "./chunks/chunk-RUKMNM54.js";
import "./chunks/chunk-366W3JI3.js";
import "./chunks/chunk-I6SYOZKI.js";
import "./chunks/chunk-37YMVQV5.js";
import "./chunks/chunk-HANBNIMK.js";

// src/validate-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var { input, queue } = workerData;
var batches = await checkBatches(input, new BatchQueue(input.files, queue.batchSize, queue.shared));
parentPort?.postMessage({ batches });
