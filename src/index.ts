/** drydock's public library API: the CLI and the GitHub Action use nothing else. */
import type { ValidateOptions, ValidateResult } from './run-validate.js';

export type { ValidateOptions, ValidateResult } from './run-validate.js';

/**
 * Loads the inputs and reports what the API server would reject. The pipeline (parsers,
 * schemas, ajv) loads on first call, so that importing the library stays cheap.
 */
export async function validate(options: ValidateOptions): Promise<ValidateResult> {
  const pipeline = await import('./run-validate.js');
  return pipeline.validate(options);
}

export { loadConfig, findConfigFile, defaultConfig } from './config/index.js';
export type { DrydockConfig } from './config/index.js';
export { diagnosticFormats, isDiagnosticFormat, countSeverities } from './report/index.js';
export type { DiagnosticFormat, DiagnosticReport, FormatOptions } from './report/index.js';
export { DrydockError, supportedKubernetesVersions, defaultKubernetesVersion } from './resources/index.js';
export type {
  Diagnostic,
  Severity,
  SourceRange,
  Position,
  Resource,
  ResourceSet,
  ResourceId,
  JsonPath,
  KubernetesVersion,
  FailureCode,
} from './resources/index.js';
