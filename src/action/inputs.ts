import { DrydockError } from '../index.js';

/** The Action's inputs, checked (action.yml declares them; the runner enforces nothing). */
export interface ActionInputs {
  paths: string[];
  command: 'lint' | 'validate' | 'plan';
  /** The plan's current state: a git ref, folder or dump; empty means the pull request's base branch. */
  base?: string;
  /** Plan deletes for objects the base has and the input lacks. */
  prune: boolean;
  kubernetesVersion?: string;
  config?: string;
  failOn: 'error' | 'warning' | 'never';
  /** Where to write SARIF, relative to the workspace; undefined writes none. */
  sarifFile?: string;
  annotations: boolean;
}

/**
 * An input as the runner passes it: `INPUT_<NAME>` with the name upper-cased and spaces (not
 * hyphens) turned into `_`, so `fail-on` is `INPUT_FAIL-ON`. Missing is ''.
 */
export function getInput(env: Record<string, string | undefined>, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** Reads and checks every input; a bad value is a usage error. */
export function readInputs(env: Record<string, string | undefined>): ActionInputs {
  const command = oneOf(env, 'command', ['lint', 'validate', 'plan'], 'lint');
  // one path per line or separated by spaces, as workflow authors write either
  const paths = getInput(env, 'paths').split(/\s+/).filter(Boolean);
  return {
    paths: paths.length > 0 ? paths : ['.'],
    command,
    kubernetesVersion: getInput(env, 'kubernetes-version') || undefined,
    config: getInput(env, 'config') || undefined,
    failOn: oneOf(env, 'fail-on', ['error', 'warning', 'never'], 'error'),
    sarifFile: getInput(env, 'sarif-file') || undefined,
    annotations: booleanInput(env, 'annotations', true),
    base: getInput(env, 'base') || undefined,
    prune: booleanInput(env, 'prune', false),
  };
}

function oneOf<T extends string>(env: Record<string, string | undefined>, name: string, values: readonly T[], fallback: T): T {
  const value = getInput(env, name);
  if (value === '') return fallback;
  if (!(values as readonly string[]).includes(value)) {
    throw new DrydockError('usage', `input ${name} must be one of ${values.join(', ')}, not "${value}"`);
  }
  return value as T;
}

/** `true`/`false` in the spellings @actions/core accepts (`true`, `True`, `TRUE`, …). */
function booleanInput(env: Record<string, string | undefined>, name: string, fallback: boolean): boolean {
  const value = getInput(env, name);
  if (value === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new DrydockError('usage', `input ${name} must be true or false, not "${value}"`);
}
