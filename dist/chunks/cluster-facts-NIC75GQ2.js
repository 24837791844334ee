import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  clusterFacts
} from "./chunk-SP4PS62L.js";
import "./chunk-OVJKESQO.js";
import "./chunk-U2HRWWKB.js";
import "./chunk-HANBNIMK.js";
export {
  clusterFacts
};
