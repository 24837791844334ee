import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  createCrdRegistry
} from "./chunk-68A9629A.js";
import {
  compileGoRegexp
} from "./chunk-05C345D5.js";
import "./chunk-FB1328E6.js";
import "./chunk-8901CEB0.js";
import "./chunk-47EFD4F9.js";
import "./chunk-1999B124.js";
import "./chunk-E3B0C442.js";
export {
  compileGoRegexp,
  createCrdRegistry
};
