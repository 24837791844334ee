import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  loadClusterModel
} from "./chunk-64ZKQXWV.js";
import "./chunk-OVJKESQO.js";
import "./chunk-ULS2USCR.js";
import "./chunk-5BTM7RAK.js";
import "./chunk-6MKU2WMU.js";
import "./chunk-HANBNIMK.js";
export {
  loadClusterModel
};
