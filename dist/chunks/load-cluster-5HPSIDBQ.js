import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  loadClusterModel
} from "./chunk-5JEDPNFZ.js";
import "./chunk-OVJKESQO.js";
import "./chunk-LPIDMD4A.js";
import "./chunk-4IOSRVZW.js";
import "./chunk-OZZ2RYXQ.js";
import "./chunk-366W3JI3.js";
import "./chunk-57BTPQ5V.js";
import "./chunk-YOE54S7L.js";
import "./chunk-HANBNIMK.js";
export {
  loadClusterModel
};
