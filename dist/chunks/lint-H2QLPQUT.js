import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  lintResources,
  loadRules,
  prepareLint
} from "./chunk-3YVIEM7C.js";
import {
  parseRuleFlags
} from "./chunk-YZIV6OXY.js";
import {
  fillMessage,
  ruleDocsUrl
} from "./chunk-5FKDBG5I.js";
import "./chunk-XNZJ6F2F.js";
import "./chunk-HT5KOFJI.js";
import "./chunk-HANBNIMK.js";
export {
  fillMessage,
  lintResources,
  loadRules,
  parseRuleFlags,
  prepareLint,
  ruleDocsUrl
};
