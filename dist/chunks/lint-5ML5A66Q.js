import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  lintResources,
  loadRules,
  prepareLint
} from "./chunk-RB3EUGI4.js";
import {
  parseRuleFlags
} from "./chunk-PYVM5J7V.js";
import {
  fillMessage,
  ruleDocsUrl
} from "./chunk-SHRFKAKQ.js";
import "./chunk-XNZJ6F2F.js";
import "./chunk-6MKU2WMU.js";
import "./chunk-HANBNIMK.js";
export {
  fillMessage,
  lintResources,
  loadRules,
  parseRuleFlags,
  prepareLint,
  ruleDocsUrl
};
