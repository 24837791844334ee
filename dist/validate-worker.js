import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  checkShard
} from "./chunks/chunk-EJOEXQHY.js";
import "./chunks/chunk-BSOXEOXS.js";

// src/validate-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var output = await checkShard(workerData);
parentPort?.postMessage({ files: output.files, diagnostics: output.diagnostics });
