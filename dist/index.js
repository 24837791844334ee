import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  countSeverities,
  diagnosticFormats,
  isDiagnosticFormat,
  isGitRef,
  isPlanFormat,
  lint,
  listRules,
  plan,
  planFormats,
  planJsonVersion,
  ruleDescriptors,
  validate
} from "./chunks/chunk-ZGLE3I7P.js";
import {
  parseRuleFlags
} from "./chunks/chunk-PYVM5J7V.js";
import {
  changedLines,
  defaultConfig,
  findConfigFile,
  loadConfig,
  parseShard,
  shardOf,
  version
} from "./chunks/chunk-WUGYSTW3.js";
import "./chunks/chunk-366W3JI3.js";
import {
  ruleDocsUrl
} from "./chunks/chunk-SHRFKAKQ.js";
import {
  DrydockError,
  defaultKubernetesVersion,
  supportedKubernetesVersions
} from "./chunks/chunk-6MKU2WMU.js";
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
