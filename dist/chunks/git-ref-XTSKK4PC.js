import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  isGitRef,
  loadGitRef
} from "./chunk-DQQ62ZMH.js";
import "./chunk-WNTUBXQH.js";
import "./chunk-366W3JI3.js";
import "./chunk-UPYXRUCZ.js";
import "./chunk-HANBNIMK.js";
export {
  isGitRef,
  loadGitRef
};
