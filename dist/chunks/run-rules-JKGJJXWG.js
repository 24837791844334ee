import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  fillMessage,
  ruleDocsUrl,
  runRules
} from "./chunk-4XE6NIO3.js";
import "./chunk-37YMVQV5.js";
import "./chunk-HANBNIMK.js";
export {
  fillMessage,
  ruleDocsUrl,
  runRules
};
