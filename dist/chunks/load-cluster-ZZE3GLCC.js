import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  loadClusterModel
} from "./chunk-U4PXFJ4J.js";
import "./chunk-OVJKESQO.js";
import "./chunk-GNUHVDVH.js";
import "./chunk-D3FJ5H32.js";
import "./chunk-366W3JI3.js";
import "./chunk-6MKU2WMU.js";
import "./chunk-HANBNIMK.js";
export {
  loadClusterModel
};
