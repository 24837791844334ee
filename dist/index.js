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
  makeOutputFolder,
  plan,
  planFormatNames,
  readGitFile,
  ruleDescriptors,
  validate,
  writeOutputFile
} from "./chunks/chunk-RQWBAI3E.js";
import {
  escapeCommandData,
  escapeControlCharacters,
  inertToWorkflowCommands
} from "./chunks/chunk-Q4CWHQQ5.js";
import {
  changedLines,
  configNames,
  defaultConfig,
  describeSkipped,
  findConfigFile,
  loadConfig,
  parseConfig,
  parseShard,
  shardOf,
  userCacheDir,
  version
} from "./chunks/chunk-KDZLEZTC.js";
import {
  parseRuleFlags
} from "./chunks/chunk-XGCZYJS2.js";
import "./chunks/chunk-OJU57T7I.js";
import "./chunks/chunk-366W3JI3.js";
import {
  ruleDocsUrl
} from "./chunks/chunk-4QAA3KW4.js";
import {
  DrydockError,
  defaultKubernetesVersion,
  describeInternalError,
  supportedKubernetesVersions
} from "./chunks/chunk-6GIETJWD.js";
import "./chunks/chunk-HANBNIMK.js";
export {
  DrydockError,
  changedLines,
  configNames,
  countSeverities,
  defaultConfig,
  defaultKubernetesVersion,
  describeInternalError,
  describeSkipped,
  diagnosticFormats,
  escapeCommandData,
  escapeControlCharacters,
  findConfigFile,
  formatPlan,
  formatRuleTimings,
  inertToWorkflowCommands,
  isDiagnosticFormat,
  isGitRef,
  isPlanFormat,
  lint,
  listRules,
  loadConfig,
  makeOutputFolder,
  parseConfig,
  parseRuleFlags,
  parseShard,
  plan,
  planFormatNames,
  readGitFile,
  ruleDescriptors,
  ruleDocsUrl,
  shardOf,
  supportedKubernetesVersions,
  userCacheDir,
  validate,
  version,
  writeOutputFile
};
