import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  fillMessage,
  lintResources,
  loadRules,
  parseRuleFlags,
  prepareLint,
  ruleDocsUrl
} from "./chunk-9BEBBC49.js";
import "./chunk-534AFA66.js";
import "./chunk-E3B0C442.js";
export {
  fillMessage,
  lintResources,
  loadRules,
  parseRuleFlags,
  prepareLint,
  ruleDocsUrl
};
