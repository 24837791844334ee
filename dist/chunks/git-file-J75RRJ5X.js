import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  readGitFile
} from "./chunk-74ILR55M.js";
import "./chunk-YOE54S7L.js";
import "./chunk-HANBNIMK.js";
export {
  readGitFile
};
