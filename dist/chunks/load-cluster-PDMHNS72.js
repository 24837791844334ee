import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  loadClusterModel
} from "./chunk-QAWCG7Z6.js";
import "./chunk-OVJKESQO.js";
import "./chunk-KRMKJ656.js";
import "./chunk-WNTUBXQH.js";
import "./chunk-366W3JI3.js";
import "./chunk-UPYXRUCZ.js";
import "./chunk-HANBNIMK.js";
export {
  loadClusterModel
};
