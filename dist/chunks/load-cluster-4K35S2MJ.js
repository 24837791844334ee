import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  loadClusterModel
} from "./chunk-7GION74B.js";
import "./chunk-OVJKESQO.js";
import "./chunk-SS24NZ25.js";
import "./chunk-L43DJ75I.js";
import "./chunk-6DZ3FUJ7.js";
import "./chunk-366W3JI3.js";
import "./chunk-57BTPQ5V.js";
import "./chunk-WN6WKQQA.js";
import "./chunk-HANBNIMK.js";
export {
  loadClusterModel
};
