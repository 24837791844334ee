import { type KubernetesVersion } from '../../resources/index.js';
import { type ApiCheck } from '../api-check.js';
/**
 * The env var name rule of the target version. IsEnvVarName until 1.31; from 1.32 the
 * RelaxedEnvironmentVariableValidation gate (KEP-4369: alpha 1.30, beta and on by default 1.32,
 * GA 1.34) allows any printable ASCII except '=' (IsRelaxedEnvVarName).
 */
export declare function envVarNameError(name: string, version: KubernetesVersion): string | undefined;
/** validateEnv and validateEnvFrom: names for the target version, and one value source each. */
export declare const envVars: ApiCheck;
