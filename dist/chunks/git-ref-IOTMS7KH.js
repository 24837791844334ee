import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  isGitRef,
  loadGitRef
} from "./chunk-GRYXOJAW.js";
import "./chunk-RUKMNM54.js";
import "./chunk-366W3JI3.js";
import "./chunk-37YMVQV5.js";
import "./chunk-HANBNIMK.js";
export {
  isGitRef,
  loadGitRef
};
