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
} from "./chunks/chunk-4R4GHL25.js";
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
} from "./chunks/chunk-7HERIQD7.js";
import {
  parseRuleFlags
} from "./chunks/chunk-NUHORT3F.js";
import "./chunks/chunk-6DZ3FUJ7.js";
import "./chunks/chunk-366W3JI3.js";
import {
  ruleDocsUrl
} from "./chunks/chunk-3NEOHIMC.js";
import {
  DrydockError,
  defaultKubernetesVersion,
  describeInternalError,
  supportedKubernetesVersions
} from "./chunks/chunk-WN6WKQQA.js";
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
