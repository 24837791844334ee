import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  checkWithRules,
  fillMessage,
  ruleDocsUrl,
  runRules
} from "./chunk-QL76YZZE.js";
import "./chunk-JC6TFKUX.js";
import "./chunk-HANBNIMK.js";
export {
  checkWithRules,
  fillMessage,
  ruleDocsUrl,
  runRules
};
