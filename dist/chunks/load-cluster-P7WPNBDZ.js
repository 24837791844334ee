import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  loadClusterModel
} from "./chunk-NSFBKRWT.js";
import "./chunk-OVJKESQO.js";
import "./chunk-7ZXY7KRL.js";
import "./chunk-YZDH3L2G.js";
import "./chunk-366W3JI3.js";
import "./chunk-CGLL4TZO.js";
import "./chunk-HANBNIMK.js";
export {
  loadClusterModel
};
