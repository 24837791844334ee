import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  loadClusterModel
} from "./chunk-VPSXB5SE.js";
import "./chunk-OVJKESQO.js";
import "./chunk-747ILQ4P.js";
import "./chunk-UXXJMROX.js";
import "./chunk-2HNOVIFN.js";
import "./chunk-HANBNIMK.js";
export {
  loadClusterModel
};
