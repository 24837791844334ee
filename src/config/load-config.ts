import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DrydockError } from '../resources/index.js';
import { defaultConfig, type DrydockConfig } from './config.js';
import { parseConfig } from './parse-config.js';

/** The names a config file may have, in the order they are looked for. */
export const configNames = ['.drydock.yaml', '.drydock.yml'];

/** Finds `.drydock.yaml` in `cwd` or the nearest parent folder, if there is one. */
export function findConfigFile(cwd: string): string | undefined {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    for (const name of configNames) {
      const file = path.join(dir, name);
      if (existsSync(file)) return file;
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}

/**
 * Reads the configuration: the file given (`--config`), else the one found upward from `cwd`,
 * else the defaults. A missing or malformed file is a usage error naming the line.
 */
export function loadConfig(options: { cwd: string; file?: string }): DrydockConfig {
  const file = options.file ? path.resolve(options.cwd, options.file) : findConfigFile(options.cwd);
  if (!file) return defaultConfig(options.cwd);
  if (!existsSync(file)) throw new DrydockError('config-not-found', `config file not found: ${options.file}`);
  return parseConfig(readFileSync(file, 'utf8'), { file, cwd: options.cwd });
}
