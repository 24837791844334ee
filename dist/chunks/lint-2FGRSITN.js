import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  lintResources,
  loadRules,
  prepareLint
} from "./chunk-4N53STTT.js";
import {
  parseRuleFlags
} from "./chunk-J7MMIGU3.js";
import {
  fillMessage,
  ruleDocsUrl
} from "./chunk-U46WSGAG.js";
import "./chunk-XNZJ6F2F.js";
import "./chunk-U2HRWWKB.js";
import "./chunk-HANBNIMK.js";
export {
  fillMessage,
  lintResources,
  loadRules,
  parseRuleFlags,
  prepareLint,
  ruleDocsUrl
};
