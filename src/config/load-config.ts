import { existsSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { DrydockError, parseKubernetesVersion, isObject } from '../resources/index.js';
import { defaultConfig, type DrydockConfig } from './config.js';

const configNames = ['.drydock.yaml', '.drydock.yml'];
const knownKeys = new Set(['extends', 'kubernetesVersion', 'ignore', 'schemas', 'rules', 'namespace', 'cluster']);

/**
 * Finds `.drydock.yaml` in `cwd` or the nearest parent folder, if there is one. With `root` (a
 * real path), the search stops there: a config above the checkout is not the checkout's, and a
 * pull request must not be able to pick up (or dodge) one by where it is run.
 */
export function findConfigFile(cwd: string, root?: string): string | undefined {
  const start = realOrSelf(path.resolve(cwd));
  for (let dir = start; ; dir = path.dirname(dir)) {
    for (const name of configNames) {
      const file = path.join(dir, name);
      if (existsSync(file)) return file;
    }
    if (path.dirname(dir) === dir) return undefined;
    if (root !== undefined && !isStrictlyBelow(root, dir)) return undefined;
  }
}

/**
 * Says why a path named by a config key may not be opened (it leads outside the run's root, or
 * into `.git`), or undefined when it may. Given by the caller (`pathProblem` of src/load/root.ts),
 * so the one rule for what input may read lives in one place.
 */
export type PathCheck = (file: string) => string | undefined;

/** Where to find the configuration, and what its paths may name. */
export interface LoadConfigOptions {
  cwd: string;
  /** A config file to read instead of searching upward from `cwd`. */
  file?: string;
  /** The run's root (a real path): the upward search stops there. */
  root?: string;
  /** Checks each path a config key names; a path it refuses is a usage error naming the key and line. */
  checkPath?: PathCheck;
}

/**
 * Reads the configuration: the file given (`--config`), else the one found upward from `cwd`,
 * else the defaults. A missing or malformed file is a usage error naming the line.
 */
export function loadConfig(options: LoadConfigOptions): DrydockConfig {
  const file = options.file ? path.resolve(options.cwd, options.file) : findConfigFile(options.cwd, options.root);
  if (!file) return defaultConfig(options.cwd);
  if (!existsSync(file)) throw new DrydockError('config-not-found', `config file not found: ${options.file}`);
  // a config found (not named) is the checkout's: it may be a link, but not to a file outside the root
  const foundProblem = options.file === undefined ? options.checkPath?.(file) : undefined;
  if (foundProblem !== undefined) throw new DrydockError('config-invalid', `${path.relative(options.cwd, file) || file}: not read, ${foundProblem}`);
  const text = readFileSync(file, 'utf8');
  const doc = parseDocument(text, { version: '1.1', uniqueKeys: true, prettyErrors: false });
  const where = (offset: number | undefined) => `${path.relative(options.cwd, file) || file}:${lineOf(text, offset ?? 0)}`;
  if (doc.errors.length > 0) {
    throw new DrydockError('config-invalid', `${where(doc.errors[0].pos[0])}: ${doc.errors[0].message.split('\n')[0]}`);
  }
  const value: unknown = doc.toJS() ?? {};
  if (!isObject(value)) throw new DrydockError('config-invalid', `${where(0)}: the configuration must be a mapping`);
  const fail = (key: string, message: string): never => {
    const node = doc.getIn([key], true) as { range?: number[] } | undefined;
    throw new DrydockError('config-invalid', `${where(node?.range?.[0])}: ${message}`);
  };
  for (const key of Object.keys(value)) {
    if (!knownKeys.has(key)) fail(key, `unknown setting "${key}" (known: ${[...knownKeys].join(', ')})`);
  }
  const root = path.dirname(file);
  const config = defaultConfig(root);
  config.file = file;
  if (value.kubernetesVersion !== undefined) {
    const version = parseKubernetesVersion(String(value.kubernetesVersion));
    if (!version) fail('kubernetesVersion', `kubernetesVersion "${value.kubernetesVersion}" is not one drydock bundles (1.28 to 1.36)`);
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

function isStrictlyBelow(root: string, dir: string): boolean {
  const relative = path.relative(root, dir);
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

function realOrSelf(dir: string): string {
  try {
    return realpathSync(dir);
  } catch {
    return dir;
  }
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
