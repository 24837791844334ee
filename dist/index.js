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
} from "./chunks/chunk-LHD63YB6.js";
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
} from "./chunks/chunk-GQLFRRSN.js";
import {
  parseRuleFlags
} from "./chunks/chunk-TRRHLH5B.js";
import "./chunks/chunk-OZZ2RYXQ.js";
import "./chunks/chunk-366W3JI3.js";
import {
  ruleDocsUrl
} from "./chunks/chunk-6NH6BRZN.js";
import {
  DrydockError,
  defaultKubernetesVersion,
  describeInternalError,
  supportedKubernetesVersions
} from "./chunks/chunk-YOE54S7L.js";
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
