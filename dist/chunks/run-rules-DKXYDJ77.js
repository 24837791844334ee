import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  fillMessage,
  ruleDocsUrl,
  runRules
} from "./chunk-5FKDBG5I.js";
import "./chunk-HT5KOFJI.js";
import "./chunk-HANBNIMK.js";
export {
  fillMessage,
  ruleDocsUrl,
  runRules
};
