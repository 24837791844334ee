import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  checkRun,
  finishRun,
  isWorthThreads,
  leftOutNames,
  prepareRun,
  validate
} from "./chunk-M3X7OID5.js";
import "./chunk-3CD7WKDH.js";
import "./chunk-LA56HIJZ.js";
import "./chunk-366W3JI3.js";
import "./chunk-2CKASZ6I.js";
import "./chunk-HT5KOFJI.js";
import "./chunk-HANBNIMK.js";
export {
  checkRun,
  finishRun,
  isWorthThreads,
  leftOutNames,
  prepareRun,
  validate
};
