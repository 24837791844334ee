import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  fillMessage,
  ruleDocsUrl,
  runRules
} from "./chunk-CO723YXL.js";
import "./chunk-2HNOVIFN.js";
import "./chunk-HANBNIMK.js";
export {
  fillMessage,
  ruleDocsUrl,
  runRules
};
