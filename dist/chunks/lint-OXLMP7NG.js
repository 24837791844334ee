import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  lintResources,
  loadRules,
  prepareLint
} from "./chunk-X2BMPPH4.js";
import {
  parseRuleFlags
} from "./chunk-XGCZYJS2.js";
import {
  fillMessage,
  ruleDocsUrl
} from "./chunk-4QAA3KW4.js";
import "./chunk-XNZJ6F2F.js";
import "./chunk-6GIETJWD.js";
import "./chunk-HANBNIMK.js";
export {
  fillMessage,
  lintResources,
  loadRules,
  parseRuleFlags,
  prepareLint,
  ruleDocsUrl
};
