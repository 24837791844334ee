import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  BatchQueue,
  checkBatches
} from "./chunks/chunk-WSGQLIZS.js";
import "./chunks/chunk-GUJCRRVU.js";
import "./chunks/chunk-2OGVTVH2.js";
import "./chunks/chunk-YCLBHRCQ.js";
import "./chunks/chunk-366W3JI3.js";
import "./chunks/chunk-57BTPQ5V.js";
import "./chunks/chunk-DQSZYAZ6.js";
import "./chunks/chunk-XAOBVSUU.js";
import "./chunks/chunk-HANBNIMK.js";

// src/run/validate-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var { input, queue } = workerData;
var batches = await checkBatches(input, new BatchQueue(input.files, queue.batchSize, queue.shared));
parentPort?.postMessage({ batches });
