import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  checkWithRules,
  fillMessage,
  ruleDocsUrl,
  runRules
} from "./chunk-3NEOHIMC.js";
import "./chunk-WN6WKQQA.js";
import "./chunk-HANBNIMK.js";
export {
  checkWithRules,
  fillMessage,
  ruleDocsUrl,
  runRules
};
