import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  isGitRef,
  loadGitRef
} from "./chunk-6VDGT3N7.js";
import "./chunk-L43DJ75I.js";
import "./chunk-6DZ3FUJ7.js";
import "./chunk-366W3JI3.js";
import "./chunk-57BTPQ5V.js";
import "./chunk-WN6WKQQA.js";
import "./chunk-HANBNIMK.js";
export {
  isGitRef,
  loadGitRef
};
