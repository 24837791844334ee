import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  clusterFacts
} from "./chunk-WUC73ZXT.js";
import "./chunk-OVJKESQO.js";
import "./chunk-YOE54S7L.js";
import "./chunk-HANBNIMK.js";
export {
  clusterFacts
};
