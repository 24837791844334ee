import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  isGitRef,
  loadGitRef
} from "./chunk-7UGXWZ5G.js";
import "./chunk-4SNUQIHI.js";
import "./chunk-ZRD6DV6S.js";
import "./chunk-366W3JI3.js";
import "./chunk-57BTPQ5V.js";
import "./chunk-U2HRWWKB.js";
import "./chunk-HANBNIMK.js";
export {
  isGitRef,
  loadGitRef
};
