import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  checkRun,
  finishRun,
  isWorthThreads,
  leftOutNames,
  prepareRun,
  validate
} from "./chunk-V4DISSM3.js";
import "./chunk-SVMFBYJP.js";
import "./chunk-LKLECRRE.js";
import "./chunk-RUKMNM54.js";
import "./chunk-7MB3CHES.js";
import "./chunk-366W3JI3.js";
import "./chunk-I6SYOZKI.js";
import "./chunk-37YMVQV5.js";
import "./chunk-HANBNIMK.js";
export {
  checkRun,
  finishRun,
  isWorthThreads,
  leftOutNames,
  prepareRun,
  validate
};
