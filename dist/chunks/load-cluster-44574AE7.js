import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  loadClusterModel
} from "./chunk-E024D4B3.js";
import "./chunk-7A909C19.js";
import "./chunk-BE298A19.js";
import "./chunk-978ABDAA.js";
import "./chunk-BA0DC00E.js";
import "./chunk-84BF4BE3.js";
import "./chunk-1999B124.js";
import "./chunk-E3B0C442.js";
export {
  loadClusterModel
};
