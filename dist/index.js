import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  countSeverities,
  diagnosticFormats,
  isDiagnosticFormat,
  lint,
  listRules,
  ruleDescriptors,
  validate
} from "./chunks/chunk-KWUXP6YV.js";
import {
  defaultConfig,
  findConfigFile,
  loadConfig,
  parseShard,
  shardOf,
  version
} from "./chunks/chunk-LA56HIJZ.js";
import {
  parseRuleFlags
} from "./chunks/chunk-YZIV6OXY.js";
import "./chunks/chunk-366W3JI3.js";
import {
  ruleDocsUrl
} from "./chunks/chunk-5FKDBG5I.js";
import {
  DrydockError,
  defaultKubernetesVersion,
  supportedKubernetesVersions
} from "./chunks/chunk-HT5KOFJI.js";
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
