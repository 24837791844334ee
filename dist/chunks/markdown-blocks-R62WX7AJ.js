import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  markdownYamlBlocks
} from "./chunk-H6O4HUOF.js";
import "./chunk-HANBNIMK.js";
export {
  markdownYamlBlocks
};
