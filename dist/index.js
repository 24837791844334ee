import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  countSeverities,
  diagnosticFormats,
  isDiagnosticFormat,
  lint,
  listRules,
  ruleDescriptors,
  validate
} from "./chunks/chunk-F3G6VMNA.js";
import {
  defaultConfig,
  findConfigFile,
  loadConfig,
  parseShard,
  shardOf,
  version
} from "./chunks/chunk-EO32CED6.js";
import {
  parseRuleFlags
} from "./chunks/chunk-P3SQE2XF.js";
import "./chunks/chunk-366W3JI3.js";
import {
  ruleDocsUrl
} from "./chunks/chunk-BS47PPPD.js";
import {
  DrydockError,
  defaultKubernetesVersion,
  supportedKubernetesVersions
} from "./chunks/chunk-HHYWI5MN.js";
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
  parseShard,
  ruleDescriptors,
  ruleDocsUrl,
  shardOf,
  supportedKubernetesVersions,
  validate,
  version
};
