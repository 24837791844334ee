import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  clusterFacts
} from "./chunk-RHIOJXSO.js";
import "./chunk-OVJKESQO.js";
import "./chunk-CGLL4TZO.js";
import "./chunk-HANBNIMK.js";
export {
  clusterFacts
};
