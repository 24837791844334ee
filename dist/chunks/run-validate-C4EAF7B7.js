import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  checkRun,
  finishRun,
  isWorthThreads,
  leftOutNames,
  prepareRun,
  validate
} from "./chunk-D2946164.js";
import "./chunk-9F19C6DD.js";
import "./chunk-FB1328E6.js";
import "./chunk-F15CCBC6.js";
import "./chunk-BA0DC00E.js";
import "./chunk-E6BA36B6.js";
import "./chunk-61A2E545.js";
import "./chunk-534AFA66.js";
import "./chunk-E3B0C442.js";
export {
  checkRun,
  finishRun,
  isWorthThreads,
  leftOutNames,
  prepareRun,
  validate
};
