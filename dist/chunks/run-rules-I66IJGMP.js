import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  fillMessage,
  ruleDocsUrl,
  runRules
} from "./chunk-BS47PPPD.js";
import "./chunk-HHYWI5MN.js";
import "./chunk-HANBNIMK.js";
export {
  fillMessage,
  ruleDocsUrl,
  runRules
};
