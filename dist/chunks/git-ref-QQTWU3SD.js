import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  isGitRef,
  loadGitRef
} from "./chunk-7DL53DP4.js";
import "./chunk-D3FJ5H32.js";
import "./chunk-366W3JI3.js";
import "./chunk-6MKU2WMU.js";
import "./chunk-HANBNIMK.js";
export {
  isGitRef,
  loadGitRef
};
