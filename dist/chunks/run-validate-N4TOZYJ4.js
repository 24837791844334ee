import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  validate
} from "./chunk-TOVUXD2H.js";
import "./chunk-YDFQ2A3U.js";
import "./chunk-TTUFH3JF.js";
import "./chunk-366W3JI3.js";
import "./chunk-R2TNZEXJ.js";
import "./chunk-BBZZA5JG.js";
import "./chunk-HANBNIMK.js";
export {
  validate
};
