import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  lintResources,
  loadRules,
  prepareLint
} from "./chunk-UZLUIZ5U.js";
import {
  parseRuleFlags
} from "./chunk-4VMCS5GY.js";
import {
  fillMessage,
  ruleDocsUrl
} from "./chunk-EMBILFUR.js";
import "./chunk-XNZJ6F2F.js";
import "./chunk-UPYXRUCZ.js";
import "./chunk-HANBNIMK.js";
export {
  fillMessage,
  lintResources,
  loadRules,
  parseRuleFlags,
  prepareLint,
  ruleDocsUrl
};
