import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  loadClusterModel
} from "./chunk-G3KODUXY.js";
import "./chunk-OVJKESQO.js";
import "./chunk-5RAZSDAB.js";
import "./chunk-3O6U2KWA.js";
import "./chunk-OJU57T7I.js";
import "./chunk-366W3JI3.js";
import "./chunk-57BTPQ5V.js";
import "./chunk-6GIETJWD.js";
import "./chunk-HANBNIMK.js";
export {
  loadClusterModel
};
