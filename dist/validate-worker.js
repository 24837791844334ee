import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  BatchQueue,
  checkBatches
} from "./chunks/chunk-32GUKNSV.js";
import "./chunks/chunk-7ZXY7KRL.js";
import "./chunks/chunk-YZDH3L2G.js";
import "./chunks/chunk-366W3JI3.js";
import "./chunks/chunk-MVCEGYUX.js";
import "./chunks/chunk-CGLL4TZO.js";
import "./chunks/chunk-HANBNIMK.js";

// src/validate-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var { input, queue } = workerData;
var batches = await checkBatches(input, new BatchQueue(input.files, queue.batchSize, queue.shared));
parentPort?.postMessage({ batches });
