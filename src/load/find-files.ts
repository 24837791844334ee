import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { DrydockError } from '../resources/index.js';

/** Extensions read when walking a directory; a file named on the command line is read whatever its name. */
export const manifestExtensions = /\.(ya?ml|json|md|markdown)$/i;
const skippedDirectories = new Set(['.git', 'node_modules']);

/** Whether a directory walk skips this entry: hidden files and folders, and `node_modules`. */
export function isSkippedInWalk(name: string): boolean {
  return name.startsWith('.') || skippedDirectories.has(name);
}
const globCharacters = /[*?[\]{}]/;

/** What to look for. `ignore` holds globs relative to `cwd` (the config's `ignore:`). */
export interface FindOptions {
  cwd: string;
  ignore?: readonly string[];
}

/** One input: a file path, or `-` for standard input. */
export type InputEntry = { kind: 'file'; path: string } | { kind: 'stdin' };

/**
 * Expands the command line's paths into files, in a stable order: directories recursively
 * (skipping hidden entries, `node_modules`, ignored paths, links that loop, and special files), globs
 * against the files below their fixed prefix. A path that matches nothing is a usage error.
 */
export function findInputs(inputs: readonly string[], options: FindOptions): InputEntry[] {
  const isIgnored = options.ignore?.length ? picomatch([...options.ignore], { dot: true }) : () => false;
  const relative = (file: string) => toPosix(path.relative(options.cwd, file));
  const seen = new Set<string>();
  const out: InputEntry[] = [];
  const add = (file: string) => {
    if (seen.has(file) || isIgnored(relative(file))) return;
    seen.add(file);
    out.push({ kind: 'file', path: file });
  };
  for (const input of inputs) {
    if (input === '-') {
      out.push({ kind: 'stdin' });
      continue;
    }
    const absolute = path.resolve(options.cwd, input);
    const stats = statOrUndefined(absolute);
    if (stats?.isDirectory()) walk(absolute, (file) => add(file), (dir) => isIgnored(relative(dir)));
    else if (stats) add(absolute);
    else if (globCharacters.test(input)) {
      const matches = expandGlob(input, options.cwd);
      if (matches.length === 0) throw new DrydockError('path-not-found', `no files match "${input}"`);
      matches.forEach(add);
    } else throw new DrydockError('path-not-found', `no such file or directory: ${input}`);
  }
  return out;
}

function walk(root: string, onFile: (file: string) => void, isIgnoredDir: (dir: string) => boolean): void {
  const visited = new Set<string>();
  const visit = (dir: string) => {
    const real = realpathOrUndefined(dir);
    // a symlink loop would otherwise recurse forever
    if (real === undefined || visited.has(real)) return;
    visited.add(real);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      // like ESLint, a directory walk skips hidden files and folders (.git, .github, .drydock.yaml) and node_modules
      if (isSkippedInWalk(entry.name)) continue;
      const full = path.join(dir, entry.name);
      let stats: Stats | undefined = undefined;
      if (entry.isSymbolicLink()) stats = statOrUndefined(full);
      const isDir = entry.isDirectory() || stats?.isDirectory();
      const isFile = entry.isFile() || stats?.isFile();
      if (isDir) {
        if (!isIgnoredDir(full)) visit(full);
      } else if (isFile && manifestExtensions.test(entry.name)) onFile(full);
    }
  };
  visit(root);
}

function expandGlob(pattern: string, cwd: string): string[] {
  const posix = toPosix(pattern);
  const parts = posix.split('/');
  const fixed: string[] = [];
  for (const part of parts) {
    if (globCharacters.test(part)) break;
    fixed.push(part);
  }
  const base = path.resolve(cwd, fixed.join('/') || '.');
  const matcher = picomatch(toPosix(path.resolve(cwd, posix)), { dot: false });
  const found: string[] = [];
  if (statOrUndefined(base)?.isDirectory()) {
    walkAll(base, (file) => {
      if (matcher(toPosix(file))) found.push(file);
    });
  }
  return found;
}

function walkAll(root: string, onFile: (file: string) => void): void {
  walk(root, onFile, () => false);
}

function statOrUndefined(file: string): Stats | undefined {
  try {
    return statSync(file);
  } catch {
    return lstatOrUndefined(file);
  }
}

function lstatOrUndefined(file: string): Stats | undefined {
  try {
    return lstatSync(file);
  } catch {
    return undefined;
  }
}

function realpathOrUndefined(file: string): string | undefined {
  try {
    return realpathSync(file);
  } catch {
    return undefined;
  }
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}
