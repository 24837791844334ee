import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  checkRun,
  finishRun,
  isWorthThreads,
  leftOutNames,
  prepareRun,
  validate
} from "./chunk-K5NTCKUK.js";
import "./chunk-YECVHUXA.js";
import "./chunk-DMQH4JSB.js";
import "./chunk-OCWGEWFV.js";
import "./chunk-EW6TLRTG.js";
import "./chunk-366W3JI3.js";
import "./chunk-GC2Z3Z66.js";
import "./chunk-JC6TFKUX.js";
import "./chunk-HANBNIMK.js";
export {
  checkRun,
  finishRun,
  isWorthThreads,
  leftOutNames,
  prepareRun,
  validate
};
