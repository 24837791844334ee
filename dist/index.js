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
} from "./chunks/chunk-KAQLJTJF.js";
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
} from "./chunks/chunk-KFMHWJGR.js";
import {
  parseRuleFlags
} from "./chunks/chunk-J7MMIGU3.js";
import "./chunks/chunk-ZRD6DV6S.js";
import "./chunks/chunk-366W3JI3.js";
import {
  ruleDocsUrl
} from "./chunks/chunk-U46WSGAG.js";
import {
  DrydockError,
  defaultKubernetesVersion,
  describeInternalError,
  supportedKubernetesVersions
} from "./chunks/chunk-U2HRWWKB.js";
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
