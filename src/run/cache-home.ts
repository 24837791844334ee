import { createHash, randomBytes } from 'node:crypto';
import { lstatSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

/** The secret's size in bytes (HMAC-SHA256's block is 64; 32 random bytes are plenty). */
const secretBytes = 32;

/**
 * The per-user folder of drydock's result caches and of the secret that signs them:
 * `$XDG_CACHE_HOME/drydock`, else `~/.cache/drydock` — outside any checkout, so no input can
 * plant a cache there.
 */
export function userCacheDir(env: Record<string, string | undefined> = process.env): string {
  const xdg = env.XDG_CACHE_HOME;
  // the XDG spec ignores a relative XDG_CACHE_HOME
  const base = xdg && path.isAbsolute(xdg) ? xdg : path.join(env.HOME || homedir(), '.cache');
  return path.join(base, 'drydock');
}

/**
 * The default cache of a working directory: one file per directory and command (`validate`'s
 * per-file results, `lint`'s whole run), named by a hash of its real path.
 */
export function defaultCacheLocation(cacheDir: string, cwd: string, command: 'validate' | 'lint' = 'validate'): string {
  let real = path.resolve(cwd);
  try {
    real = realpathSync(real);
  } catch {
    // a folder that cannot be resolved keeps its given path
  }
  return path.join(cacheDir, `${createHash('sha256').update(real).digest('hex').slice(0, 32)}${command === 'lint' ? '.lint' : ''}.cache`);
}

/**
 * The secret that signs this user's caches, kept in `cacheDir` (created once, readable by the
 * user only). Undefined when it can be neither read nor created: then nothing is cached.
 */
export function cacheSecret(cacheDir: string): Buffer | undefined {
  const file = path.join(cacheDir, 'secret');
  const existing = readSecret(file);
  if (existing !== undefined) return existing;
  try {
    mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
    // `wx` never writes through a link and never replaces a secret another run just made
    writeFileSync(file, randomBytes(secretBytes), { flag: 'wx', mode: 0o600 });
  } catch {
    // another run made it first, or the folder is not writable
  }
  return readSecret(file);
}

function readSecret(file: string): Buffer | undefined {
  try {
    if (!lstatSync(file).isFile()) return undefined;
    const secret = readFileSync(file);
    return secret.length === secretBytes ? secret : undefined;
  } catch {
    return undefined;
  }
}
