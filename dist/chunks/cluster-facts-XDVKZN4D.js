import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  clusterFacts
} from "./chunk-XCJEFD2P.js";
import "./chunk-OVJKESQO.js";
import "./chunk-2HNOVIFN.js";
import "./chunk-HANBNIMK.js";
export {
  clusterFacts
};
