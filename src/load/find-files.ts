import { lstatSync, readdirSync, statSync, type Dirent, type Stats } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { DrydockError, isInside, noneSkipped, type Diagnostic, type SkippedCounts } from '../resources/index.js';

export type { SkippedCounts } from '../resources/index.js';
import { isKustomizationFileName } from './kustomization-file.js';
import { confinementOf, realOrUndefined, type Confinement } from './root.js';

/** Extensions read when walking a directory; a file named on the command line is read whatever its name. */
export const manifestExtensions = /\.(ya?ml|json|md|markdown)$/i;

/**
 * Whether a folder walk takes a file: one with a manifest extension, or a kustomization file
 * (`Kustomization` has no extension, and an overlay folder may hold nothing else).
 */
export function isWalkedFileName(name: string): boolean {
  return manifestExtensions.test(name) || isKustomizationFileName(name);
}

/** The config's `ignore:` globs (relative to `base`, the config's folder) as a test of absolute paths. */
export function ignoreMatcher(ignore: readonly string[] | undefined, base: string): (file: string) => boolean {
  if (!ignore?.length) return () => false;
  const matches = picomatch([...ignore], { dot: true });
  return (file) => matches(toPosix(path.relative(base, file)));
}
const skippedDirectories = new Set(['.git', 'node_modules']);

/** Whether a directory walk skips this entry: hidden files and folders, and `node_modules`. */
export function isSkippedInWalk(name: string): boolean {
  return name.startsWith('.') || skippedDirectories.has(name);
}
const globCharacters = /[*?[\]{}]/;

/** What to look for. `ignore` holds globs relative to `ignoreBase` (the config's `ignore:`). */
export interface FindOptions {
  cwd: string;
  ignore?: readonly string[];
  /** The folder `ignore` globs are relative to: the config file's (`DrydockConfig.root`); `cwd` when unset. */
  ignoreBase?: string;
  /**
   * The run's root (a real path, see `resolveRoot`). When given, nothing found in a folder walk
   * or a glob, and nothing named below the root, is followed through a link to a place outside
   * it (or into `.git`): such a link is noted and skipped. Without it, links are not checked
   * (for callers passing files already found).
   */
  root?: string;
}

/** One input: a file path, or `-` for standard input. */
/** One input: a file (`named` when the command line names it, not a folder or glob), or standard input. */
export type InputEntry = { kind: 'file'; path: string; named?: boolean } | { kind: 'stdin' };

/** What a search found: the inputs, what it skipped, and notes (`input/outside-root`, `input/ignore-overridden`). */
export interface FoundInputs {
  entries: InputEntry[];
  skipped: SkippedCounts;
  notes: Diagnostic[];
  /** Each folder the command line names, as written, with the files found in it (absolute paths). */
  folders: FolderInput[];
}

/** A folder named on the command line, the files its walk found and what it passed over. */
export interface FolderInput {
  input: string;
  files: string[];
  skipped: SkippedCounts;
}

/**
 * Expands the command line's paths into files, in a stable order: directories recursively
 * (skipping hidden entries, `node_modules`, ignored paths, links that loop or leave the root, and
 * special files), globs against the files below their fixed prefix. A file named on the command
 * line is read even when an ignore pattern matches it (with a note). A path that matches nothing
 * is a usage error.
 */
export function findInputFiles(inputs: readonly string[], options: FindOptions): FoundInputs {
  const isIgnored = ignoreMatcher(options.ignore, options.ignoreBase ?? options.cwd);
  const found: FoundInputs = { entries: [], skipped: noneSkipped(), notes: [], folders: [] };
  const seen = new Set<string>();
  /** Adds a file; false when an ignore pattern left it out. */
  const add = (file: string, named = false, skipped = found.skipped): boolean => {
    if (seen.has(file)) return true;
    if (isIgnored(file)) {
      if (!named) {
        skipped.ignored++;
        return false;
      }
      found.notes.push(note(displayName(file, options.cwd), 'info', 'ignore-overridden', 'this file matches an ignore pattern of the config, but it is named on the command line, so it is checked'));
    }
    seen.add(file);
    found.entries.push(named ? { kind: 'file', path: file, named } : { kind: 'file', path: file });
    return true;
  };
  const outside = (link: string, why: Confinement, skipped = found.skipped) => {
    skipped.outsideRoot++;
    const where = why === 'git-dir' ? 'into a .git folder' : 'outside the root';
    found.notes.push(note(displayName(link, options.cwd), 'warning', 'outside-root', `not checked: this path is a link (or lies below one) that leads ${where}; drydock reads nothing outside the root (see --root)`));
  };
  const realCwd = realOrUndefined(options.cwd) ?? path.resolve(options.cwd);
  for (const input of inputs) {
    if (input === '-') {
      found.entries.push({ kind: 'stdin' });
      continue;
    }
    const absolute = path.resolve(options.cwd, input);
    // the command line is trusted: a path it names outside the root is read, and links below it
    // may not leave it; a path it names below the root may not lead out of the root
    const fence = fenceOf(path.resolve(realCwd, input), absolute, options.root);
    const stats = statOrUndefined(absolute);
    if (stats) {
      const why = fence === undefined ? undefined : confinementOf(fence, realOrUndefined(absolute) ?? absolute);
      if (why !== undefined) outside(absolute, why);
      else if (stats.isDirectory()) {
        const skipped = noneSkipped();
        const folder: FolderInput = { input, files: [], skipped };
        const onFile = (file: string) => {
          if (add(file, false, skipped)) folder.files.push(file);
        };
        const onOutside = (link: string, why: Confinement) => outside(link, why, skipped);
        walk(absolute, { fence, onFile, onOutside, isIgnoredDir: isIgnored, skipped });
        addSkipped(found.skipped, skipped);
        found.folders.push(folder);
      } else add(absolute, true);
    } else if (globCharacters.test(input)) {
      const notesBefore = found.notes.length;
      const matches = expandGlob(input, options.cwd, realCwd, options.root, outside);
      // a glob that matched only links leading out of the root did match: the run says what it skipped
      if (matches.length === 0 && found.notes.length === notesBefore) throw new DrydockError('path-not-found', `no files match "${input}"`);
      matches.forEach((file) => add(file));
    } else throw new DrydockError('path-not-found', `no such file or directory: ${input}`);
  }
  return found;
}

/** The folder links found below an input must stay in: the root for inputs named below it, else the input itself. */
function fenceOf(lexical: string, absolute: string, root: string | undefined): string | undefined {
  if (root === undefined) return undefined;
  if (isInside(root, lexical)) return root;
  return realOrUndefined(absolute) ?? absolute;
}

function note(file: string, severity: 'info' | 'warning', code: string, message: string): Diagnostic {
  const at = { line: 1, column: 1 };
  return { ruleId: `input/${code}`, severity, message, range: { file, start: at, end: at } };
}

interface WalkOptions {
  /** Links may lead only below this folder (a real path); undefined: not checked. */
  fence?: string;
  onFile: (file: string) => void;
  onOutside: (link: string, why: Confinement) => void;
  isIgnoredDir: (dir: string) => boolean;
  /** Counts what the walk passes over; undefined: not counted (globs). */
  skipped?: SkippedCounts;
}

function walk(root: string, options: WalkOptions): void {
  const { fence, skipped } = options;
  const visited = new Set<string>();
  const visit = (dir: string) => {
    const real = realOrUndefined(dir);
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
      if (isSkippedInWalk(entry.name)) {
        if (skipped) countSkipped(entry, skipped);
        continue;
      }
      const full = path.join(dir, entry.name);
      let stats: Stats | undefined = undefined;
      if (entry.isSymbolicLink()) {
        stats = statOrUndefined(full);
        const why = fence === undefined ? undefined : confinementOf(fence, realOrUndefined(full) ?? full);
        if (why !== undefined) {
          // only links that would have been read are worth a note
          if (stats?.isDirectory() || isWalkedFileName(entry.name)) options.onOutside(full, why);
          continue;
        }
      }
      const isDir = entry.isDirectory() || stats?.isDirectory();
      const isFile = entry.isFile() || stats?.isFile();
      if (isDir) {
        if (!options.isIgnoredDir(full)) visit(full);
        else if (skipped) skipped.ignored++;
      } else if (isFile && isWalkedFileName(entry.name)) options.onFile(full);
    }
  };
  visit(root);
}

function addSkipped(total: SkippedCounts, more: SkippedCounts): void {
  total.hidden += more.hidden;
  total.nodeModules += more.nodeModules;
  total.ignored += more.ignored;
  total.outsideRoot += more.outsideRoot;
}

function countSkipped(entry: Dirent, skipped: SkippedCounts): void {
  if (entry.name === 'node_modules') skipped.nodeModules++;
  else if (entry.name !== '.git' && (!entry.isFile() || manifestExtensions.test(entry.name))) skipped.hidden++;
}

function expandGlob(pattern: string, cwd: string, realCwd: string, root: string | undefined, onOutside: WalkOptions['onOutside']): string[] {
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
    const fence = fenceOf(path.resolve(realCwd, fixed.join('/') || '.'), base, root);
    const why = fence === undefined ? undefined : confinementOf(fence, realOrUndefined(base) ?? base);
    if (why !== undefined) {
      onOutside(base, why);
      return found;
    }
    walk(base, {
      fence,
      onFile: (file) => {
        if (matcher(toPosix(file))) found.push(file);
      },
      onOutside: (link, reason) => {
        if (matcher(toPosix(link))) onOutside(link, reason);
      },
      isIgnoredDir: () => false,
    });
  }
  return found;
}

/** The name a file is shown by: relative to the working directory when inside it. */
export function displayName(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  const isInsideCwd = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  return (isInsideCwd ? relative : file).split(path.sep).join('/');
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

function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}
