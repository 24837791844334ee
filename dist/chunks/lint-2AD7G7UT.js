import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  lintResources,
  loadRules,
  prepareLint
} from "./chunk-D2YEYBQV.js";
import {
  parseRuleFlags
} from "./chunk-UGEEBDTY.js";
import {
  fillMessage,
  ruleDocsUrl
} from "./chunk-QL76YZZE.js";
import "./chunk-XNZJ6F2F.js";
import "./chunk-JC6TFKUX.js";
import "./chunk-HANBNIMK.js";
export {
  fillMessage,
  lintResources,
  loadRules,
  parseRuleFlags,
  prepareLint,
  ruleDocsUrl
};
