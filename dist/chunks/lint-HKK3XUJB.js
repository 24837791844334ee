import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  lintResources,
  loadRules,
  prepareLint
} from "./chunk-GAVVYZSO.js";
import {
  parseRuleFlags
} from "./chunk-P3GNQ7DC.js";
import {
  fillMessage,
  ruleDocsUrl
} from "./chunk-CO723YXL.js";
import "./chunk-XNZJ6F2F.js";
import "./chunk-2HNOVIFN.js";
import "./chunk-HANBNIMK.js";
export {
  fillMessage,
  lintResources,
  loadRules,
  parseRuleFlags,
  prepareLint,
  ruleDocsUrl
};
