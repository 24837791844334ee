import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  loadClusterModel
} from "./chunk-OXG3UBTD.js";
import "./chunk-OVJKESQO.js";
import "./chunk-GUJCRRVU.js";
import "./chunk-2OGVTVH2.js";
import "./chunk-YCLBHRCQ.js";
import "./chunk-366W3JI3.js";
import "./chunk-57BTPQ5V.js";
import "./chunk-XAOBVSUU.js";
import "./chunk-HANBNIMK.js";
export {
  loadClusterModel
};
