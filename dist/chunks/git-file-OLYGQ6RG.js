import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  readGitFile
} from "./chunk-N2VWS332.js";
import "./chunk-6GIETJWD.js";
import "./chunk-HANBNIMK.js";
export {
  readGitFile
};
