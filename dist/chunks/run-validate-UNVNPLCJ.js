import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  checkRun,
  finishRun,
  isWorthThreads,
  leftOutNames,
  prepareRun,
  validate
} from "./chunk-UIJUI7GP.js";
import "./chunk-32GUKNSV.js";
import "./chunk-7ZXY7KRL.js";
import "./chunk-YZDH3L2G.js";
import "./chunk-DKW5344R.js";
import "./chunk-366W3JI3.js";
import "./chunk-MVCEGYUX.js";
import "./chunk-CGLL4TZO.js";
import "./chunk-HANBNIMK.js";
export {
  checkRun,
  finishRun,
  isWorthThreads,
  leftOutNames,
  prepareRun,
  validate
};
