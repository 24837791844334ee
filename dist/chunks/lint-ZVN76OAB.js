import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  lintResources,
  loadRules,
  prepareLint
} from "./chunk-GYHJMXQK.js";
import {
  parseRuleFlags
} from "./chunk-NUHORT3F.js";
import {
  fillMessage,
  ruleDocsUrl
} from "./chunk-3NEOHIMC.js";
import "./chunk-XNZJ6F2F.js";
import "./chunk-WN6WKQQA.js";
import "./chunk-HANBNIMK.js";
export {
  fillMessage,
  lintResources,
  loadRules,
  parseRuleFlags,
  prepareLint,
  ruleDocsUrl
};
