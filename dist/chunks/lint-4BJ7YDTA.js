import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  lintResources,
  loadRules,
  prepareLint
} from "./chunk-DAXE7FFE.js";
import {
  parseRuleFlags
} from "./chunk-P3SQE2XF.js";
import {
  fillMessage,
  ruleDocsUrl
} from "./chunk-BS47PPPD.js";
import "./chunk-XNZJ6F2F.js";
import "./chunk-HHYWI5MN.js";
import "./chunk-HANBNIMK.js";
export {
  fillMessage,
  lintResources,
  loadRules,
  parseRuleFlags,
  prepareLint,
  ruleDocsUrl
};
