import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  checkRun,
  finishRun,
  isWorthThreads,
  leftOutNames,
  prepareRun,
  validate
} from "./chunk-L3WJSVKX.js";
import "./chunk-TWMBRDL4.js";
import "./chunk-IO7EIUQT.js";
import "./chunk-UY33VSSM.js";
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
