import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  loadClusterModel
} from "./chunk-E024D4B3.js";
import "./chunk-CAFDC326.js";
import "./chunk-F15CCBC6.js";
import "./chunk-BA0DC00E.js";
import "./chunk-61A2E545.js";
import "./chunk-534AFA66.js";
import "./chunk-E3B0C442.js";
export {
  loadClusterModel
};
