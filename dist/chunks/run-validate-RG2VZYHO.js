import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  checkRun,
  finishRun,
  isWorthThreads,
  leftOutNames,
  prepareRun,
  validate
} from "./chunk-MPYI3ZAD.js";
import "./chunk-4XPF2QJC.js";
import "./chunk-747ILQ4P.js";
import "./chunk-OZ3TSYO6.js";
import "./chunk-UXXJMROX.js";
import "./chunk-XXALXKFE.js";
import "./chunk-2HNOVIFN.js";
import "./chunk-HANBNIMK.js";
export {
  checkRun,
  finishRun,
  isWorthThreads,
  leftOutNames,
  prepareRun,
  validate
};
