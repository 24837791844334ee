import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  lintResources,
  loadRules,
  prepareLint
} from "./chunk-UFNL2BZ2.js";
import {
  parseRuleFlags
} from "./chunk-3TWDDSNP.js";
import {
  fillMessage,
  ruleDocsUrl
} from "./chunk-URYZ6RHV.js";
import "./chunk-XNZJ6F2F.js";
import "./chunk-XAOBVSUU.js";
import "./chunk-HANBNIMK.js";
export {
  fillMessage,
  lintResources,
  loadRules,
  parseRuleFlags,
  prepareLint,
  ruleDocsUrl
};
