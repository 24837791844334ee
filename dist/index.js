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
} from "./chunks/chunk-FZOVR6PX.js";
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
} from "./chunks/chunk-2LJGGDBP.js";
import {
  parseRuleFlags
} from "./chunks/chunk-3TWDDSNP.js";
import "./chunks/chunk-YCLBHRCQ.js";
import "./chunks/chunk-366W3JI3.js";
import {
  ruleDocsUrl
} from "./chunks/chunk-URYZ6RHV.js";
import {
  DrydockError,
  defaultKubernetesVersion,
  describeInternalError,
  supportedKubernetesVersions
} from "./chunks/chunk-XAOBVSUU.js";
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
