import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  checkRun,
  finishRun,
  isWorthThreads,
  leftOutNames,
  prepareRun,
  validate
} from "./chunk-O3ORYJ53.js";
import "./chunk-NMRTS4SQ.js";
import "./chunk-LEODHHZU.js";
import "./chunk-4SNUQIHI.js";
import "./chunk-KFMHWJGR.js";
import "./chunk-ZRD6DV6S.js";
import "./chunk-366W3JI3.js";
import "./chunk-57BTPQ5V.js";
import "./chunk-A5TIK5WY.js";
import "./chunk-U2HRWWKB.js";
import "./chunk-HANBNIMK.js";
export {
  checkRun,
  finishRun,
  isWorthThreads,
  leftOutNames,
  prepareRun,
  validate
};
