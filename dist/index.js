import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  countSeverities,
  diagnosticFormats,
  formatPlan,
  formatRuleTimings,
  isDiagnosticFormat,
  isPlanFormat,
  lint,
  listRules,
  plan,
  planFormatNames,
  ruleDescriptors,
  validate
} from "./chunks/chunk-36ADFE8C.js";
import "./chunks/chunk-43FBE31D.js";
import {
  defaultConfig,
  findConfigFile,
  loadConfig,
  version
} from "./chunks/chunk-89C6DB83.js";
import "./chunks/chunk-84BF4BE3.js";
import "./chunks/chunk-9BEBBC49.js";
import {
  DrydockError,
  ExitCode,
  defaultKubernetesVersion,
  hasInternalFailure,
  ruleDocsUrl,
  supportedKubernetesVersions
} from "./chunks/chunk-084AE718.js";
import "./chunks/chunk-E3B0C442.js";
export {
  DrydockError,
  ExitCode,
  countSeverities,
  defaultConfig,
  defaultKubernetesVersion,
  diagnosticFormats,
  findConfigFile,
  formatPlan,
  formatRuleTimings,
  hasInternalFailure,
  isDiagnosticFormat,
  isPlanFormat,
  lint,
  listRules,
  loadConfig,
  plan,
  planFormatNames,
  ruleDescriptors,
  ruleDocsUrl,
  supportedKubernetesVersions,
  validate,
  version
};
