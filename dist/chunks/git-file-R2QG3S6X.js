import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  readGitFile
} from "./chunk-T5TK42FK.js";
import "./chunk-U2HRWWKB.js";
import "./chunk-HANBNIMK.js";
export {
  readGitFile
};
