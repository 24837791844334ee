import { existsSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { DrydockError, isStrictlyInside } from '../resources/index.js';
import { defaultConfig, type DrydockConfig } from './config.js';
import { parseConfig, type PathCheck } from './parse-config.js';

/** The names a config file may have, in the order they are looked for. */
export const configNames = ['.drydock.yaml', '.drydock.yml'];

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
    if (root !== undefined && !isStrictlyInside(root, dir)) return undefined;
  }
}

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
  return parseConfig(readFileSync(file, 'utf8'), { file, cwd: options.cwd, checkPath: options.checkPath });
}

function realOrSelf(dir: string): string {
  try {
    return realpathSync(dir);
  } catch {
    return dir;
  }
}
