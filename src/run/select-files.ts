import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { DrydockError, offlineGitEnv } from '../resources/index.js';

/** One CI job's share of the input: job `index` (1-based) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

/** Whether `shard` names one of its jobs: whole numbers with `1 ≤ index ≤ count`. */
export function isShard(shard: Shard): boolean {
  return Number.isInteger(shard.index) && Number.isInteger(shard.count) && shard.index >= 1 && shard.index <= shard.count;
}

/** Parses `i/n` (1-based, `1 ≤ i ≤ n`); anything else is a usage error. */
export function parseShard(text: string): Shard {
  const match = /^([1-9]\d{0,5})\/([1-9]\d{0,5})$/.exec(text.trim());
  const shard = match ? { index: Number(match[1]), count: Number(match[2]) } : undefined;
  if (!shard || !isShard(shard)) {
    throw new DrydockError('usage', `--shard takes i/n with 1 ≤ i ≤ n (such as 2/4), not "${text}"`);
  }
  return shard;
}

/**
 * The shard (1-based) a file belongs to: a stable hash (FNV-1a, 32 bits, with murmur3's finalizer) of its path relative to
 * `cwd`, with `/` separators. A hash rather than a position in the sorted list, so a file stays in
 * its shard when other files are added or removed (each job's cache and history stay useful), and
 * the answer depends on nothing but the path: not on the order files were found, nor the platform.
 */
export function shardOf(relativePath: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < relativePath.length; i++) {
    hash ^= relativePath.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  // FNV's low bits mix poorly (its last bit is the parity of the characters' last bits), and
  // `% count` reads the low bits: finish with murmur3's avalanche step
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return ((hash >>> 0) % count) + 1;
}

/** The files (absolute paths) that belong to `shard`. */
export function filesOfShard(files: readonly string[], shard: Shard, cwd: string): string[] {
  return files.filter((file) => shardOf(toPosix(path.relative(cwd, file)), shard.count) === shard.index);
}

/**
 * The files (absolute, real paths) changed since `ref` in the git repository around `cwd`: what
 * `git diff <ref>...HEAD` lists (the changes on this branch since it left `ref`, as a pull request
 * shows them, not the changes made on `ref` since), plus uncommitted changes (staged or not) and
 * untracked files that are not ignored. Deleted files are listed but match no input.
 */
export function changedFiles(ref: string, cwd: string): Set<string> {
  if (ref === '' || ref.startsWith('-')) throw new DrydockError('git-ref-missing', `"${ref}" is not a git ref`);
  const top = git(['rev-parse', '--show-toplevel'], cwd, () => `--changed-since needs a git repository, and ${cwd} is not in one`).trim();
  git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd, () => `unknown git ref "${ref}" (is it fetched? CI checkouts are often shallow)`);
  const lists = [
    git(['diff', '--name-only', '-z', '--no-renames', `${ref}...HEAD`, '--'], cwd, () => `git found no common ancestor of "${ref}" and HEAD (fetch more history)`),
    git(['diff', '--name-only', '-z', '--no-renames', 'HEAD', '--'], cwd),
    git(['ls-files', '--others', '--exclude-standard', '-z', '--full-name'], cwd),
  ];
  const out = new Set<string>();
  for (const list of lists) {
    for (const name of list.split('\0')) if (name !== '') out.add(path.join(top, name));
  }
  return out;
}

/** The files (absolute paths as found) that `changed` (real paths) holds. */
export function filesChanged(files: readonly string[], changed: ReadonlySet<string>): string[] {
  return files.filter((file) => changed.has(file) || changed.has(realpathOrSelf(file)));
}

function git(args: string[], cwd: string, explain: () => string = () => `git ${args[0]} failed`): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024, env: offlineGitEnv() });
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: string };
    if (failure.code === 'ENOENT') throw new DrydockError('git-ref-missing', '--changed-since needs git, and git is not installed (or not on PATH)');
    const detail = typeof failure.stderr === 'string' && failure.stderr.trim() !== '' ? `: ${failure.stderr.trim().split('\n')[0]}` : '';
    throw new DrydockError('git-ref-missing', `${explain()}${detail}`);
  }
}

/** The file with its folder's links resolved (git names the link itself, not its target). */
function realpathOrSelf(file: string): string {
  try {
    return path.join(realpathSync(path.dirname(file)), path.basename(file));
  } catch {
    return file;
  }
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}

/**
 * The lines a branch changed since `ref` (`git diff -U0 <ref>...HEAD` plus uncommitted changes),
 * as `path relative to cwd` → added or modified line numbers in the current file, so that the
 * Action can annotate what a pull request touched first. Empty when git cannot answer.
 */
export function changedLines(ref: string, cwd: string): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  let top: string;
  try {
    top = git(['rev-parse', '--show-toplevel'], cwd).trim();
    for (const range of [`${ref}...HEAD`, 'HEAD']) addHunks(git(['diff', '-U0', '--no-color', '--no-renames', range, '--'], cwd), top, cwd, out);
  } catch {
    return out;
  }
  return out;
}

function addHunks(diff: string, top: string, cwd: string, out: Map<string, Set<number>>): void {
  let lines: Set<number> | undefined;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const name = line.slice(4);
      if (name === '/dev/null') {
        lines = undefined;
        continue;
      }
      const file = toPosix(path.relative(cwd, path.join(top, name.replace(/^b\//, ''))));
      lines = out.get(file) ?? new Set();
      out.set(file, lines);
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk && lines) {
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      for (let n = start; n < start + count; n++) lines.add(n);
    }
  }
}
