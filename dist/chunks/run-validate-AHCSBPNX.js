import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  checkRun,
  finishRun,
  isWorthThreads,
  leftOutNames,
  prepareRun,
  validate
} from "./chunk-3ATCS5VG.js";
import "./chunk-ONFOCJMK.js";
import "./chunk-LPIDMD4A.js";
import "./chunk-4IOSRVZW.js";
import "./chunk-GQLFRRSN.js";
import "./chunk-OZZ2RYXQ.js";
import "./chunk-366W3JI3.js";
import "./chunk-57BTPQ5V.js";
import "./chunk-MLRRZ7AI.js";
import "./chunk-YOE54S7L.js";
import "./chunk-HANBNIMK.js";
export {
  checkRun,
  finishRun,
  isWorthThreads,
  leftOutNames,
  prepareRun,
  validate
};
