import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  compileGoRegexp,
  createCrdRegistry
} from "./chunk-E726702A.js";
import "./chunk-FB1328E6.js";
import "./chunk-00532688.js";
import "./chunk-C16DCD6E.js";
import "./chunk-534AFA66.js";
import "./chunk-E3B0C442.js";
export {
  compileGoRegexp,
  createCrdRegistry
};
