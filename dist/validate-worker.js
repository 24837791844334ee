import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  BatchQueue,
  checkBatches
} from "./chunks/chunk-Y2EYBWTS.js";
import "./chunks/chunk-GNUHVDVH.js";
import "./chunks/chunk-D3FJ5H32.js";
import "./chunks/chunk-366W3JI3.js";
import "./chunks/chunk-KOCFWPWJ.js";
import "./chunks/chunk-6MKU2WMU.js";
import "./chunks/chunk-HANBNIMK.js";

// src/validate-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var { input, queue } = workerData;
var batches = await checkBatches(input, new BatchQueue(input.files, queue.batchSize, queue.shared));
parentPort?.postMessage({ batches });
