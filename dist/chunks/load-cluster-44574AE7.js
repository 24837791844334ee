import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  loadClusterModel
} from "./chunk-E024D4B3.js";
import "./chunk-7A909C19.js";
import "./chunk-4C299840.js";
import "./chunk-6BE7FF14.js";
import "./chunk-BA0DC00E.js";
import "./chunk-84BF4BE3.js";
import "./chunk-084AE718.js";
import "./chunk-E3B0C442.js";
export {
  loadClusterModel
};
