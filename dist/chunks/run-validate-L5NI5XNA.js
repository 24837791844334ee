import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  validate
} from "./chunk-O623ERWC.js";
import "./chunk-YDFQ2A3U.js";
import "./chunk-WCFN2LRB.js";
import "./chunk-366W3JI3.js";
import "./chunk-R2TNZEXJ.js";
import "./chunk-BBZZA5JG.js";
import "./chunk-HANBNIMK.js";
export {
  validate
};
