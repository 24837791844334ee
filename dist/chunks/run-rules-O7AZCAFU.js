import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  checkWithRules,
  fillMessage,
  ruleDocsUrl,
  runRules
} from "./chunk-2FP77IOW.js";
import "./chunk-CGLL4TZO.js";
import "./chunk-HANBNIMK.js";
export {
  checkWithRules,
  fillMessage,
  ruleDocsUrl,
  runRules
};
