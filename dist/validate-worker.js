import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  BatchQueue,
  checkBatches
} from "./chunks/chunk-NMRTS4SQ.js";
import "./chunks/chunk-LEODHHZU.js";
import "./chunks/chunk-4SNUQIHI.js";
import "./chunks/chunk-ZRD6DV6S.js";
import "./chunks/chunk-366W3JI3.js";
import "./chunks/chunk-57BTPQ5V.js";
import "./chunks/chunk-A5TIK5WY.js";
import "./chunks/chunk-U2HRWWKB.js";
import "./chunks/chunk-HANBNIMK.js";

// src/validate-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var { input, queue } = workerData;
var batches = await checkBatches(input, new BatchQueue(input.files, queue.batchSize, queue.shared));
parentPort?.postMessage({ batches });
