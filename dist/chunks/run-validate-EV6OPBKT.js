import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  checkRun,
  finishRun,
  isWorthThreads,
  leftOutNames,
  prepareRun,
  validate
} from "./chunk-TYRQMEJ2.js";
import "./chunk-2DMVXGFM.js";
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
