import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  isGitRef,
  loadGitRef
} from "./chunk-6TGKHLPV.js";
import "./chunk-OCWGEWFV.js";
import "./chunk-366W3JI3.js";
import "./chunk-JC6TFKUX.js";
import "./chunk-HANBNIMK.js";
export {
  isGitRef,
  loadGitRef
};
