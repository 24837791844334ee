import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  checkRun,
  finishRun,
  isWorthThreads,
  leftOutNames,
  prepareRun,
  validate
} from "./chunk-Z2MPWG2E.js";
import "./chunk-O5FFXT6C.js";
import "./chunk-SS24NZ25.js";
import "./chunk-L43DJ75I.js";
import "./chunk-7HERIQD7.js";
import "./chunk-6DZ3FUJ7.js";
import "./chunk-366W3JI3.js";
import "./chunk-57BTPQ5V.js";
import "./chunk-MBB465SU.js";
import "./chunk-WN6WKQQA.js";
import "./chunk-HANBNIMK.js";
export {
  checkRun,
  finishRun,
  isWorthThreads,
  leftOutNames,
  prepareRun,
  validate
};
