import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  checkRun,
  finishRun,
  isWorthThreads,
  leftOutNames,
  prepareRun,
  validate
} from "./chunk-CETQWEV7.js";
import "./chunk-NOSTXSE4.js";
import "./chunk-ULS2USCR.js";
import "./chunk-KQJWZRLH.js";
import "./chunk-5BTM7RAK.js";
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
