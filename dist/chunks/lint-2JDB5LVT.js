import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  lintResources,
  loadRules,
  prepareLint
} from "./chunk-WTHFUHN6.js";
import {
  parseRuleFlags
} from "./chunk-TRRHLH5B.js";
import {
  fillMessage,
  ruleDocsUrl
} from "./chunk-6NH6BRZN.js";
import "./chunk-XNZJ6F2F.js";
import "./chunk-YOE54S7L.js";
import "./chunk-HANBNIMK.js";
export {
  fillMessage,
  lintResources,
  loadRules,
  parseRuleFlags,
  prepareLint,
  ruleDocsUrl
};
