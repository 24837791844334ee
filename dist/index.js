import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  countSeverities,
  diagnosticFormats,
  isDiagnosticFormat,
  validate
} from "./chunks/chunk-FV3NHUNG.js";
import {
  defaultConfig,
  findConfigFile,
  loadConfig
} from "./chunks/chunk-HOC4BOUA.js";
import {
  DrydockError,
  defaultKubernetesVersion,
  supportedKubernetesVersions
} from "./chunks/chunk-BSOXEOXS.js";
export {
  DrydockError,
  countSeverities,
  defaultConfig,
  defaultKubernetesVersion,
  diagnosticFormats,
  findConfigFile,
  isDiagnosticFormat,
  loadConfig,
  supportedKubernetesVersions,
  validate
};
