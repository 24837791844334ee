import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  BatchQueue,
  checkBatches
} from "./chunks/chunk-ONFOCJMK.js";
import "./chunks/chunk-LPIDMD4A.js";
import "./chunks/chunk-4IOSRVZW.js";
import "./chunks/chunk-OZZ2RYXQ.js";
import "./chunks/chunk-366W3JI3.js";
import "./chunks/chunk-57BTPQ5V.js";
import "./chunks/chunk-MLRRZ7AI.js";
import "./chunks/chunk-YOE54S7L.js";
import "./chunks/chunk-HANBNIMK.js";

// src/run/validate-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var { input, queue } = workerData;
var batches = await checkBatches(input, new BatchQueue(input.files, queue.batchSize, queue.shared));
parentPort?.postMessage({ batches });
