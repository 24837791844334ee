import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  clusterFacts
} from "./chunk-2ATIUHUR.js";
import "./chunk-OVJKESQO.js";
import "./chunk-JC6TFKUX.js";
import "./chunk-HANBNIMK.js";
export {
  clusterFacts
};
