import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  readGitFile
} from "./chunk-YIFODMKT.js";
import "./chunk-XAOBVSUU.js";
import "./chunk-HANBNIMK.js";
export {
  readGitFile
};
