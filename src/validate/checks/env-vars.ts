import { isObject, minorOf, type JsonObject, type JsonPath, type KubernetesVersion } from '../../resources/index.js';
import { finding, type ApiCheck, type ApiFinding } from '../api-check.js';
import { containersIn } from '../containers.js';
import { configMapKeyError } from '../name-formats.js';
import { objectsOf, quote } from '../read-field.js';

const cIdentifierLike = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;
const printableAsciiNoEquals = /^[\x20-\x3c\x3e-\x7e]+$/;
const valueSources = ['fieldRef', 'resourceFieldRef', 'configMapKeyRef', 'secretKeyRef', 'fileKeyRef'];

/**
 * The env var name rule of the target version. IsEnvVarName until 1.31; from 1.32 the
 * RelaxedEnvironmentVariableValidation gate (KEP-4369: alpha 1.30, beta and on by default 1.32,
 * GA 1.34) allows any printable ASCII except '=' (IsRelaxedEnvVarName).
 */
export function envVarNameError(name: string, version: KubernetesVersion): string | undefined {
  if (minorOf(version) >= 32) {
    return printableAsciiNoEquals.test(name) ? undefined : "must consist of printable ASCII characters except '='";
  }
  if (!cIdentifierLike.test(name)) {
    return "must consist of letters, digits, '-', '_' or '.', and must not start with a digit";
  }
  if (name === '.' || name === '..' || name.startsWith('..')) return "must not be '.' or '..', or start with '..'";
  return undefined;
}

/** validateEnv and validateEnvFrom: names for the target version, and one value source each. */
export const envVars: ApiCheck = {
  id: 'env-vars',
  summary: 'Environment variables have names valid for the target version and exactly one value source; envFrom prefixes are valid.',
  check(resource, { kubernetesVersion }) {
    const out: ApiFinding[] = [];
    for (const container of containersIn(resource)) {
      for (const [env, i] of objectsOf(container.spec.env)) {
        out.push(...envVar(env, [...container.path, 'env', i], kubernetesVersion));
      }
      for (const [source, i] of objectsOf(container.spec.envFrom)) {
        out.push(...envFrom(source, [...container.path, 'envFrom', i], kubernetesVersion));
      }
    }
    return out;
  },
};

function envVar(env: JsonObject, path: JsonPath, version: KubernetesVersion): ApiFinding[] {
  const out: ApiFinding[] = [];
  const { name, value, valueFrom } = env;
  // a missing name is a schema error (required); an empty one only the server catches
  if (name === '') {
    out.push(finding('nameRequired', [...path, 'name'], 'an environment variable name is required'));
  } else if (typeof name === 'string') {
    const error = envVarNameError(name, version);
    if (error) out.push(finding('invalidName', [...path, 'name'], `environment variable name ${quote(name)} ${error} (Kubernetes ${version})`));
  }
  if (!isObject(valueFrom)) return out;
  if (typeof value === 'string' && value !== '') {
    out.push(finding('valueAndValueFrom', [...path, 'valueFrom'], 'valueFrom may not be specified when value is not empty', 'key'));
  }
  const set = valueSources.filter((key) => valueFrom[key] !== undefined && valueFrom[key] !== null);
  if (set.length === 0) {
    out.push(finding('noValueSource', [...path, 'valueFrom'], 'valueFrom must specify one of fieldRef, resourceFieldRef, configMapKeyRef or secretKeyRef'));
  } else if (set.length > 1) {
    out.push(finding('manyValueSources', [...path, 'valueFrom'], `valueFrom may not have more than one source (found ${set.join(', ')})`));
  }
  for (const ref of ['configMapKeyRef', 'secretKeyRef']) {
    const key = isObject(valueFrom[ref]) ? valueFrom[ref].key : undefined;
    const keyPath = [...path, 'valueFrom', ref, 'key'];
    if (isObject(valueFrom[ref]) && (key === undefined || key === '')) out.push(finding('keyRequired', keyPath, 'key is required'));
    const error = typeof key === 'string' && key !== '' ? configMapKeyError(key) : undefined;
    if (error) out.push(finding('invalidKey', keyPath, `key ${quote(key)} ${error}`));
  }
  return out;
}

function envFrom(source: JsonObject, path: JsonPath, version: KubernetesVersion): ApiFinding[] {
  const out: ApiFinding[] = [];
  const { prefix } = source;
  if (typeof prefix === 'string' && prefix !== '') {
    const error = envVarNameError(prefix, version);
    if (error) out.push(finding('invalidPrefix', [...path, 'prefix'], `prefix ${quote(prefix)} ${error} (Kubernetes ${version})`));
  }
  const set = ['configMapRef', 'secretRef'].filter((key) => source[key] !== undefined && source[key] !== null);
  if (set.length > 1) out.push(finding('manyEnvFromSources', path, 'envFrom may not specify both configMapRef and secretRef in one entry'));
  if (set.length === 0) out.push(finding('noEnvFromSource', path, 'envFrom must specify configMapRef or secretRef'));
  return out;
}
