import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  checkRun,
  finishRun,
  isWorthThreads,
  leftOutNames,
  prepareRun,
  validate
} from "./chunk-N7KYRS6M.js";
import "./chunk-Y2EYBWTS.js";
import "./chunk-GNUHVDVH.js";
import "./chunk-D3FJ5H32.js";
import "./chunk-WUGYSTW3.js";
import "./chunk-366W3JI3.js";
import "./chunk-KOCFWPWJ.js";
import "./chunk-6MKU2WMU.js";
import "./chunk-HANBNIMK.js";
export {
  checkRun,
  finishRun,
  isWorthThreads,
  leftOutNames,
  prepareRun,
  validate
};
