import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  lintResources,
  loadRules
} from "./chunk-47WYPSNX.js";
import {
  fillMessage,
  parseRuleFlags,
  ruleDocsUrl
} from "./chunk-DG4GPMIL.js";
import "./chunk-XNZJ6F2F.js";
import "./chunk-BBZZA5JG.js";
import "./chunk-HANBNIMK.js";
export {
  fillMessage,
  lintResources,
  loadRules,
  parseRuleFlags,
  ruleDocsUrl
};
