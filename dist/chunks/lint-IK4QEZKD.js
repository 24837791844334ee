import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  lintResources,
  loadRules,
  prepareLint
} from "./chunk-2JZ4Q23U.js";
import {
  parseRuleFlags
} from "./chunk-S274SCCW.js";
import {
  fillMessage,
  ruleDocsUrl
} from "./chunk-2FP77IOW.js";
import "./chunk-XNZJ6F2F.js";
import "./chunk-CGLL4TZO.js";
import "./chunk-HANBNIMK.js";
export {
  fillMessage,
  lintResources,
  loadRules,
  parseRuleFlags,
  prepareLint,
  ruleDocsUrl
};
