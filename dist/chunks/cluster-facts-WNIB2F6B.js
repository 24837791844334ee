import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  clusterFacts
} from "./chunk-TW6YXXVZ.js";
import "./chunk-OVJKESQO.js";
import "./chunk-37YMVQV5.js";
import "./chunk-HANBNIMK.js";
export {
  clusterFacts
};
