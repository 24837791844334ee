import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  countSeverities,
  diagnosticFormats,
  formatPlan,
  formatRuleTimings,
  isDiagnosticFormat,
  isGitRef,
  isPlanFormat,
  lint,
  listRules,
  plan,
  planFormatNames,
  ruleDescriptors,
  validate
} from "./chunks/chunk-UY3DFKBH.js";
import "./chunks/chunk-5OSRZKXY.js";
import {
  parseRuleFlags
} from "./chunks/chunk-UGEEBDTY.js";
import {
  changedLines,
  defaultConfig,
  findConfigFile,
  loadConfig,
  parseShard,
  shardOf,
  version
} from "./chunks/chunk-EW6TLRTG.js";
import "./chunks/chunk-366W3JI3.js";
import {
  ruleDocsUrl
} from "./chunks/chunk-QL76YZZE.js";
import {
  DrydockError,
  defaultKubernetesVersion,
  supportedKubernetesVersions
} from "./chunks/chunk-JC6TFKUX.js";
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
  formatRuleTimings,
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
