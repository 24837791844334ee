import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  checkRun,
  finishRun,
  isWorthThreads,
  leftOutNames,
  prepareRun,
  validate
} from "./chunk-NN72JULC.js";
import "./chunk-K343JDSM.js";
import "./chunk-KRMKJ656.js";
import "./chunk-WNTUBXQH.js";
import "./chunk-4HKYQNUI.js";
import "./chunk-366W3JI3.js";
import "./chunk-OXW67ZNW.js";
import "./chunk-UPYXRUCZ.js";
import "./chunk-HANBNIMK.js";
export {
  checkRun,
  finishRun,
  isWorthThreads,
  leftOutNames,
  prepareRun,
  validate
};
