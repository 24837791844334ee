import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  checkRun,
  finishRun,
  isWorthThreads,
  leftOutNames,
  prepareRun,
  validate
} from "./chunk-TFWB7ARV.js";
import "./chunk-WSGQLIZS.js";
import "./chunk-GUJCRRVU.js";
import "./chunk-2OGVTVH2.js";
import "./chunk-2LJGGDBP.js";
import "./chunk-YCLBHRCQ.js";
import "./chunk-366W3JI3.js";
import "./chunk-57BTPQ5V.js";
import "./chunk-DQSZYAZ6.js";
import "./chunk-XAOBVSUU.js";
import "./chunk-HANBNIMK.js";
export {
  checkRun,
  finishRun,
  isWorthThreads,
  leftOutNames,
  prepareRun,
  validate
};
