import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  BatchQueue,
  checkBatches
} from "./chunks/chunk-O5FFXT6C.js";
import "./chunks/chunk-SS24NZ25.js";
import "./chunks/chunk-L43DJ75I.js";
import "./chunks/chunk-6DZ3FUJ7.js";
import "./chunks/chunk-366W3JI3.js";
import "./chunks/chunk-57BTPQ5V.js";
import "./chunks/chunk-MBB465SU.js";
import "./chunks/chunk-WN6WKQQA.js";
import "./chunks/chunk-HANBNIMK.js";

// src/validate-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var { input, queue } = workerData;
var batches = await checkBatches(input, new BatchQueue(input.files, queue.batchSize, queue.shared));
parentPort?.postMessage({ batches });
