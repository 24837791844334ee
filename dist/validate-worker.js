import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  BatchQueue,
  checkBatches
} from "./chunks/chunk-YECVHUXA.js";
import "./chunks/chunk-DMQH4JSB.js";
import "./chunks/chunk-OCWGEWFV.js";
import "./chunks/chunk-366W3JI3.js";
import "./chunks/chunk-GC2Z3Z66.js";
import "./chunks/chunk-JC6TFKUX.js";
import "./chunks/chunk-HANBNIMK.js";

// src/validate-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var { input, queue } = workerData;
var batches = await checkBatches(input, new BatchQueue(input.files, queue.batchSize, queue.shared));
parentPort?.postMessage({ batches });
