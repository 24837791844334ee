import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  loadClusterModel
} from "./chunk-Z74BQFGP.js";
import "./chunk-OVJKESQO.js";
import "./chunk-LKLECRRE.js";
import "./chunk-RUKMNM54.js";
import "./chunk-366W3JI3.js";
import "./chunk-37YMVQV5.js";
import "./chunk-HANBNIMK.js";
export {
  loadClusterModel
};
