import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  clusterFacts
} from "./chunk-KAHUUA5O.js";
import "./chunk-OVJKESQO.js";
import "./chunk-WN6WKQQA.js";
import "./chunk-HANBNIMK.js";
export {
  clusterFacts
};
