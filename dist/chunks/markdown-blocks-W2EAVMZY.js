import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  markdownYamlBlocks
} from "./chunk-FX2DDWA3.js";
import "./chunk-57BTPQ5V.js";
import "./chunk-HANBNIMK.js";
export {
  markdownYamlBlocks
};
