import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, readlinkSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { DrydockError, isInside, offlineGitEnv } from '../resources/index.js';

/**
 * The run's root: every file that input (a folder walk, a link, a config key) leads to must lie
 * under it. By default the git top-level of `cwd` (a checkout is what a pull request controls),
 * or `cwd` itself outside git; `--root` (here `given`, relative to `cwd`) replaces it.
 * Returned as a real path, so it compares with the real paths of what links lead to.
 */
export function resolveRoot(cwd: string, given?: string): string {
  if (given !== undefined) {
    const real = realOrUndefined(path.resolve(cwd, given));
    if (real === undefined) throw new DrydockError('path-not-found', `--root: no such folder: ${given}`);
    return real;
  }
  // git finds the top-level by walking up to the nearest `.git` (a folder, or a file in worktrees
  // and submodules); doing the same here saves starting git, a fifth of a small run. Only when the
  // environment points git elsewhere is git itself asked.
  const start = realOrUndefined(cwd) ?? path.resolve(cwd);
  const asksGit = process.env.GIT_DIR !== undefined || process.env.GIT_WORK_TREE !== undefined;
  return realOrUndefined((asksGit ? gitTopLevel(start) : undefined) ?? folderWithGit(start) ?? start) ?? start;
}

function gitTopLevel(cwd: string): string | undefined {
  try {
    // a timeout, so that a hung git (a network file system, a lock) cannot stall the run
    const top = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000, env: offlineGitEnv() }).trim();
    return top === '' ? undefined : top;
  } catch {
    return undefined;
  }
}

/**
 * The nearest folder at or above `cwd` holding a `.git` entry: git's own top-level, found without
 * git (which may also be missing, or refuse a checkout owned by another user, as in container jobs).
 */
function folderWithGit(cwd: string): string | undefined {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}


/** Why input may not lead to `real` (a real path): it is outside `fence`, or inside a `.git` folder (credentials live there). */
export type Confinement = 'outside' | 'git-dir';

/** Whether input may lead to `real`: undefined when it may, else why not. */
export function confinementOf(fence: string, real: string): Confinement | undefined {
  if (!isInside(fence, real)) return 'outside';
  // `.GIT` is the same folder on a case-insensitive file system (macOS, Windows runners)
  return path.relative(fence, real).split(path.sep).some((part) => part.toLowerCase() === '.git') ? 'git-dir' : undefined;
}

/** `file` with every link resolved, or undefined when it does not exist. */
export function realOrUndefined(file: string): string | undefined {
  try {
    return realpathSync(file);
  } catch {
    return undefined;
  }
}

/**
 * `file` with the links of its folder resolved and the last part kept as it is (for a file that
 * may not exist yet, or that is itself a link); undefined when the folder does not exist.
 */
export function realFolderOf(file: string): string | undefined {
  const dir = realOrUndefined(path.dirname(file));
  return dir === undefined ? undefined : path.join(dir, path.basename(file));
}

/**
 * Why a path that input names (a config key) may not be read: undefined when where it leads
 * (`leadsTo`: links followed, dangling ones too) is under `root` and outside `.git`.
 */
export function pathProblem(root: string, file: string): string | undefined {
  const confinement = confinementOf(root, leadsTo(file));
  if (confinement === 'outside') return `it leads outside the root ${root} (use --root to widen it)`;
  if (confinement === 'git-dir') return 'it leads into a .git folder';
  return undefined;
}

/** Links followed on the way to one path, as the system bounds them (ELOOP). */
const maxLinks = 40;
/** What separates the parts of a link's target: Windows takes both slashes. */
const separators = path.sep === '/' ? '/' : /[\\/]/;

/**
 * Where `file` leads: every link on its way followed, dangling ones too, and the parts that do not
 * exist kept as written. Unlike a real path, this never depends on whether the place a link leads
 * to exists, so a refusal tells nothing of what lies outside the root.
 */
export function leadsTo(file: string): string {
  const real = realOrUndefined(file);
  if (real !== undefined) return real;
  const absolute = path.resolve(file);
  // from the nearest folder above that resolves (the file's own, most often): the rest is missing or a dangling link
  const pending = [path.basename(absolute)];
  let folder = path.dirname(absolute);
  let current = realOrUndefined(folder);
  for (; current === undefined && path.dirname(folder) !== folder; folder = path.dirname(folder), current = realOrUndefined(folder)) pending.unshift(path.basename(folder));
  current ??= folder;
  for (let links = 0; pending.length > 0; ) {
    const part = pending.shift()!;
    if (part === '' || part === '.') continue;
    if (part === '..') {
      current = path.dirname(current);
      continue;
    }
    const next = path.join(current, part);
    let target: string | undefined;
    try {
      target = lstatSync(next).isSymbolicLink() ? readlinkSync(next) : undefined;
    } catch {
      // not there: the rest is kept as written
    }
    if (target === undefined) current = next;
    else if (++links > maxLinks) return absolute;
    else {
      if (path.isAbsolute(target)) current = path.parse(target).root;
      pending.unshift(...target.slice(path.isAbsolute(target) ? current.length : 0).split(separators));
    }
  }
  return current;
}
