import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  countSeverities,
  diagnosticFormats,
  isDiagnosticFormat,
  lint,
  listRules,
  validate
} from "./chunks/chunk-VQCVQAYP.js";
import {
  parseRuleFlags,
  ruleDocsUrl
} from "./chunks/chunk-DG4GPMIL.js";
import {
  defaultConfig,
  findConfigFile,
  loadConfig
} from "./chunks/chunk-YDFQ2A3U.js";
import "./chunks/chunk-366W3JI3.js";
import {
  DrydockError,
  defaultKubernetesVersion,
  supportedKubernetesVersions
} from "./chunks/chunk-BBZZA5JG.js";
import "./chunks/chunk-HANBNIMK.js";
export {
  DrydockError,
  countSeverities,
  defaultConfig,
  defaultKubernetesVersion,
  diagnosticFormats,
  findConfigFile,
  isDiagnosticFormat,
  lint,
  listRules,
  loadConfig,
  parseRuleFlags,
  ruleDocsUrl,
  supportedKubernetesVersions,
  validate
};
