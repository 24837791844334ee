import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  clusterFacts
} from "./chunk-LE4ELJFY.js";
import "./chunk-OVJKESQO.js";
import "./chunk-6GIETJWD.js";
import "./chunk-HANBNIMK.js";
export {
  clusterFacts
};
