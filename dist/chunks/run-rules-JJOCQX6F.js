import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  fillMessage,
  ruleDocsUrl,
  runRules
} from "./chunk-SHRFKAKQ.js";
import "./chunk-6MKU2WMU.js";
import "./chunk-HANBNIMK.js";
export {
  fillMessage,
  ruleDocsUrl,
  runRules
};
