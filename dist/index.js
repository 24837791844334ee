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
} from "./chunks/chunk-FBVLV3YJ.js";
import {
  parseRuleFlags
} from "./chunks/chunk-PYVM5J7V.js";
import {
  isGitRef
} from "./chunks/chunk-WXON6MTL.js";
import {
  changedLines,
  defaultConfig,
  findConfigFile,
  loadConfig,
  parseShard,
  shardOf,
  version
} from "./chunks/chunk-KQJWZRLH.js";
import "./chunks/chunk-5BTM7RAK.js";
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
