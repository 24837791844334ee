import path from 'node:path';
import { parseDocument } from 'yaml';
import { parseKubernetesVersion, DrydockError, isLoadRestrictor, isObject, isRulePreset, loadRestrictors, quoteName, rulePresets, type LoadRestrictor } from '../resources/index.js';
import { defaultConfig, type DrydockConfig } from './config.js';

const knownKeys = new Set(['extends', 'kubernetesVersion', 'ignore', 'schemas', 'rules', 'namespace', 'cluster', 'kustomizeLoadRestrictor']);

/**
 * Says why a path named by a config key may not be opened (it leads outside the run's root, or
 * into `.git`), or undefined when it may. Given by the caller (`pathProblem` of src/load/root.ts),
 * so the one rule for what input may read lives in one place.
 */
export type PathCheck = (file: string) => string | undefined;

/** Where a config's text came from, for its paths and its messages. */
export interface ConfigSource {
  /** The file the text stands for (absolute, or relative to `cwd`): its folder is what `ignore`, `schemas` and `cluster` are relative to. */
  file: string;
  cwd: string;
  /** How messages name it (default: `file` relative to `cwd`), e.g. `<commit>:.drydock.yaml` for a copy read from git. */
  source?: string;
  /** Checks each path a config key names; a path it refuses is a usage error naming the key and line. */
  checkPath?: PathCheck;
}

/**
 * Parses the text of a `.drydock.yaml` as if it were `options.file`, which need not exist on
 * disk (the Action reads the pull request's base copy from git). A malformed config is a
 * `config-invalid` error naming the line.
 */
export function parseConfig(text: string, options: ConfigSource): DrydockConfig {
  const file = path.resolve(options.cwd, options.file);
  // YAML 1.2 (with merge keys), not the 1.1 of manifests: a rule level written `off` must stay
  // the string docs/config.md shows, where 1.1 would read it as the boolean false
  const doc = parseDocument(text, { version: '1.2', merge: true, uniqueKeys: true, prettyErrors: false });
  const name = options.source ?? (path.relative(options.cwd, file) || file);
  const where = (offset: number | undefined) => `${name}:${lineOf(text, offset ?? 0)}`;
  const [firstError] = doc.errors;
  if (firstError) throw new DrydockError('config-invalid', `${where(firstError.pos[0])}: ${firstError.message.split('\n')[0]}`);
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch {
    // an alias to no anchor, or aliases that would expand without bound
    throw new DrydockError('config-invalid', `${where(0)}: the configuration has an alias that cannot be resolved (an unknown anchor, or too many aliases)`);
  }
  if (!isObject(value)) throw new DrydockError('config-invalid', `${where(0)}: the configuration must be a mapping`);
  const fail = (key: string, message: string): never => {
    const node = doc.getIn([key], true) as { range?: number[] } | undefined;
    throw new DrydockError('config-invalid', `${where(node?.range?.[0])}: ${message}`);
  };
  for (const key of Object.keys(value)) {
    if (!knownKeys.has(key)) fail(key, `unknown setting ${quoteName(key)} (known: ${[...knownKeys].join(', ')})`);
  }
  const root = path.dirname(file);
  const config = defaultConfig(root);
  config.file = file;
  if (value.kubernetesVersion !== undefined) {
    const version = parseKubernetesVersion(String(value.kubernetesVersion));
    if (!version) fail('kubernetesVersion', `kubernetesVersion ${quoteName(String(value.kubernetesVersion))} is not one drydock bundles (1.28 to 1.36)`);
    config.kubernetesVersion = version;
  }
  // paths in the config are input: each must stay inside the root, or the file is never opened
  const checked = (key: string, resolved: string, index?: number): string => {
    const problem = options.checkPath?.(resolved);
    if (problem === undefined) return resolved;
    const node = doc.getIn(index === undefined ? [key] : [key, index], true) as { range?: number[] } | undefined;
    throw new DrydockError('config-invalid', `${where(node?.range?.[0])}: ${key} names a path drydock may not read: ${problem}`);
  };
  config.ignore = stringList(value.ignore, 'ignore', fail);
  config.schemas = stringList(value.schemas, 'schemas', fail).map((dir, index) => checked('schemas', path.resolve(root, dir), index));
  if (value.extends !== undefined) {
    if (typeof value.extends !== 'string') fail('extends', 'extends must be a preset name: recommended, strict or all');
    // checked here too (the linter checks it for library callers), so the message names the line
    if (!isRulePreset(value.extends)) fail('extends', `extends: ${quoteName(value.extends as string)} is not a preset (${rulePresets.join(', ')})`);
    config.extends = value.extends as string;
  }
  if (value.rules !== undefined) {
    if (!isObject(value.rules)) fail('rules', 'rules must be a mapping of rule id to level');
    config.rules = value.rules as Record<string, unknown>;
    for (const id of Object.keys(config.rules)) {
      const node = doc.getIn(['rules', id], true) as { range?: number[] } | undefined;
      const keyNode = (doc.getIn(['rules'], true) as { items?: { key: { range?: number[] } }[] } | undefined)?.items?.find((item) => String((item.key as { value?: unknown }).value) === id)?.key;
      config.ruleLocations[id] = where(keyNode?.range?.[0] ?? node?.range?.[0]);
    }
  }
  if (value.namespace !== undefined) {
    if (typeof value.namespace !== 'string' || value.namespace === '') fail('namespace', 'namespace must be a non-empty string');
    config.namespace = value.namespace as string;
  }
  if (value.kustomizeLoadRestrictor !== undefined) {
    if (!isLoadRestrictor(value.kustomizeLoadRestrictor)) fail('kustomizeLoadRestrictor', `kustomizeLoadRestrictor must be one of ${loadRestrictors.join(', ')}`);
    config.kustomizeLoadRestrictor = value.kustomizeLoadRestrictor as LoadRestrictor;
  }
  if (value.cluster !== undefined) {
    if (typeof value.cluster !== 'string') fail('cluster', 'cluster must be a path');
    config.cluster = checked('cluster', path.resolve(root, value.cluster as string));
  }
  return config;
}

function stringList(value: unknown, key: string, fail: (key: string, message: string) => never): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) fail(key, `${key} must be a list of strings`);
  return value as string[];
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
