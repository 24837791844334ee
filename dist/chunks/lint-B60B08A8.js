import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  fillMessage,
  loadRules,
  parseRuleFlags,
  prepareLint
} from "./chunk-9BEBBC49.js";
import "./chunk-084AE718.js";
import "./chunk-E3B0C442.js";
export {
  fillMessage,
  loadRules,
  parseRuleFlags,
  prepareLint
};
