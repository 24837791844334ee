import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  readGitFile
} from "./chunk-QUWSM7VA.js";
import "./chunk-WN6WKQQA.js";
import "./chunk-HANBNIMK.js";
export {
  readGitFile
};
