import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  BatchQueue,
  checkBatches
} from "./chunks/chunk-I7Y6QKHQ.js";
import "./chunks/chunk-5RAZSDAB.js";
import "./chunks/chunk-3O6U2KWA.js";
import "./chunks/chunk-OJU57T7I.js";
import "./chunks/chunk-366W3JI3.js";
import "./chunks/chunk-57BTPQ5V.js";
import "./chunks/chunk-TJP4QTI3.js";
import "./chunks/chunk-6GIETJWD.js";
import "./chunks/chunk-HANBNIMK.js";

// src/run/validate-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var { input, queue } = workerData;
var batches = await checkBatches(input, new BatchQueue(input.files, queue.batchSize, queue.shared));
parentPort?.postMessage({ batches });
