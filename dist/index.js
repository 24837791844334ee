import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  countSeverities,
  diagnosticFormats,
  formatPlan,
  isDiagnosticFormat,
  isGitRef,
  isPlanFormat,
  lint,
  listRules,
  plan,
  planFormatNames,
  ruleDescriptors,
  validate
} from "./chunks/chunk-P2FUKXM4.js";
import "./chunks/chunk-5OSRZKXY.js";
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
  formatPlan,
  isDiagnosticFormat,
  isGitRef,
  isPlanFormat,
  lint,
  listRules,
  loadConfig,
  parseRuleFlags,
  parseShard,
  plan,
  planFormatNames,
  ruleDescriptors,
  ruleDocsUrl,
  shardOf,
  supportedKubernetesVersions,
  validate,
  version
};
