import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  countSeverities,
  diagnosticFormats,
  isDiagnosticFormat,
  isPlanFormat,
  lint,
  listRules,
  plan,
  planFormats,
  planJsonVersion,
  ruleDescriptors,
  validate
} from "./chunks/chunk-FG6UKZXQ.js";
import {
  parseRuleFlags
} from "./chunks/chunk-P3GNQ7DC.js";
import {
  isGitRef
} from "./chunks/chunk-DI5X4VMT.js";
import {
  changedLines,
  defaultConfig,
  findConfigFile,
  loadConfig,
  parseShard,
  shardOf,
  version
} from "./chunks/chunk-OZ3TSYO6.js";
import "./chunks/chunk-UXXJMROX.js";
import {
  ruleDocsUrl
} from "./chunks/chunk-CO723YXL.js";
import {
  DrydockError,
  defaultKubernetesVersion,
  supportedKubernetesVersions
} from "./chunks/chunk-2HNOVIFN.js";
import "./chunks/chunk-HANBNIMK.js";
export {
  DrydockError,
  changedLines,
  countSeverities,
  defaultConfig,
  defaultKubernetesVersion,
  diagnosticFormats,
  findConfigFile,
  isDiagnosticFormat,
  isGitRef,
  isPlanFormat,
  lint,
  listRules,
  loadConfig,
  parseRuleFlags,
  parseShard,
  plan,
  planFormats,
  planJsonVersion,
  ruleDescriptors,
  ruleDocsUrl,
  shardOf,
  supportedKubernetesVersions,
  validate,
  version
};
