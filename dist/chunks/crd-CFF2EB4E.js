import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  createCrdRegistry
} from "./chunk-68A9629A.js";
import "./chunk-FB1328E6.js";
import {
  compileGoRegexp
} from "./chunk-30E97A45.js";
import "./chunk-47EFD4F9.js";
import "./chunk-2D9F0F3B.js";
import "./chunk-E3B0C442.js";
export {
  compileGoRegexp,
  createCrdRegistry
};
