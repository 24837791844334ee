import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  lintResources,
  loadRules,
  prepareLint
} from "./chunk-LRRL2UAX.js";
import {
  parseRuleFlags
} from "./chunk-NQJ6AIGE.js";
import {
  fillMessage,
  ruleDocsUrl
} from "./chunk-4XE6NIO3.js";
import "./chunk-XNZJ6F2F.js";
import "./chunk-37YMVQV5.js";
import "./chunk-HANBNIMK.js";
export {
  fillMessage,
  lintResources,
  loadRules,
  parseRuleFlags,
  prepareLint,
  ruleDocsUrl
};
