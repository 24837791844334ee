import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  checkRun,
  leftOutNames,
  prepareRun,
  validate
} from "./chunk-BB4214E9.js";
import "./chunk-0CAA22A5.js";
import "./chunk-4C299840.js";
import "./chunk-6BE7FF14.js";
import "./chunk-BA0DC00E.js";
import "./chunk-FB1328E6.js";
import "./chunk-89C6DB83.js";
import "./chunk-84BF4BE3.js";
import "./chunk-084AE718.js";
import "./chunk-E3B0C442.js";
export {
  checkRun,
  leftOutNames,
  prepareRun,
  validate
};
