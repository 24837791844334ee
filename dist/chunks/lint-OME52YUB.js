import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  lintResources,
  loadRules
} from "./chunk-VRYUKAY2.js";
import {
  fillMessage,
  parseRuleFlags,
  ruleDocsUrl
} from "./chunk-FUONN5EF.js";
import "./chunk-XNZJ6F2F.js";
import "./chunk-4BYADR66.js";
import "./chunk-HANBNIMK.js";
export {
  fillMessage,
  lintResources,
  loadRules,
  parseRuleFlags,
  ruleDocsUrl
};
