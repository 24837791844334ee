import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  clusterFacts
} from "./chunk-CRO2TKTQ.js";
import "./chunk-OVJKESQO.js";
import "./chunk-UPYXRUCZ.js";
import "./chunk-HANBNIMK.js";
export {
  clusterFacts
};
