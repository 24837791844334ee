import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  checkRun,
  finishRun,
  isWorthThreads,
  leftOutNames,
  prepareRun,
  validate
} from "./chunk-7QROLBCH.js";
import "./chunk-INJE6UB5.js";
import "./chunk-EO32CED6.js";
import "./chunk-366W3JI3.js";
import "./chunk-EELXXZ5B.js";
import "./chunk-HHYWI5MN.js";
import "./chunk-HANBNIMK.js";
export {
  checkRun,
  finishRun,
  isWorthThreads,
  leftOutNames,
  prepareRun,
  validate
};
