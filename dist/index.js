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
} from "./chunks/chunk-237F266D.js";
import {
  defaultConfig,
  findConfigFile,
  loadConfig,
  version
} from "./chunks/chunk-E6BA36B6.js";
import {
  ruleDocsUrl
} from "./chunks/chunk-9BEBBC49.js";
import "./chunks/chunk-43FBE31D.js";
import "./chunks/chunk-61A2E545.js";
import {
  DrydockError,
  defaultKubernetesVersion,
  supportedKubernetesVersions
} from "./chunks/chunk-534AFA66.js";
import "./chunks/chunk-E3B0C442.js";
export {
  DrydockError,
  countSeverities,
  defaultConfig,
  defaultKubernetesVersion,
  diagnosticFormats,
  findConfigFile,
  formatPlan,
  formatRuleTimings,
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
