import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  checkWithRules,
  fillMessage,
  ruleDocsUrl,
  runRules
} from "./chunk-4QAA3KW4.js";
import "./chunk-6GIETJWD.js";
import "./chunk-HANBNIMK.js";
export {
  checkWithRules,
  fillMessage,
  ruleDocsUrl,
  runRules
};
