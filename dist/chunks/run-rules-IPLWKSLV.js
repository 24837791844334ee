import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  checkWithRules,
  fillMessage,
  ruleDocsUrl,
  runRules
} from "./chunk-U46WSGAG.js";
import "./chunk-U2HRWWKB.js";
import "./chunk-HANBNIMK.js";
export {
  checkWithRules,
  fillMessage,
  ruleDocsUrl,
  runRules
};
