import path from 'node:path';
import picomatch from 'picomatch';
import { noneSkipped, type Diagnostic, type Resource } from '../resources/index.js';
import { ignoreMatcher, isSkippedInWalk, isWalkedFileName, type InputEntry } from './find-files.js';
import type { GitTree } from './git-tree.js';
import { formatOf, loadText } from './load-text.js';
import { defaultMaxFileBytes, textOfRead, type LoadResult } from './load-inputs.js';
import { loadMarkdownReader } from './markdown-reader.js';
import { realOrUndefined } from './root.js';

const globCharacters = /[*?[\]{}]/;

function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}

/**
 * The files of `tree` that `inputs` name, as findInputFiles finds them in a working tree, in its
 * order: a path the tree holds (named: read even when the config's ignores match it), every
 * manifest below a folder (no hidden entries, no node_modules, no ignored folders or files), or a
 * glob's manifests below its fixed part (ignored files left out). Only regular files: links and
 * submodules are never followed at a ref. Paths are absolute (see GitTree); `ignore` globs are
 * relative to `ignoreBase` (the working directory when unset).
 */
export function selectGitFiles(tree: GitTree, inputs: readonly string[], options: { ignore?: readonly string[]; ignoreBase?: string }): InputEntry[] {
  // inputs are relative to the working directory, whose real path lies in the tree's (see GitTree)
  const { cwd } = tree;
  const all = [...tree.entries.keys()].filter((file) => tree.isRegularFile(file));
  const ignoreBase = options.ignoreBase === undefined ? cwd : (realOrUndefined(options.ignoreBase) ?? options.ignoreBase);
  const isIgnored = ignoreMatcher(options.ignore, ignoreBase);
  const chosen: InputEntry[] = [];
  const seen = new Set<string>();
  const take = (repoPath: string, named = false) => {
    if (seen.has(repoPath) || (!named && isIgnored(tree.absolute(repoPath)))) return;
    seen.add(repoPath);
    chosen.push(named ? { kind: 'file', path: tree.absolute(repoPath), named } : { kind: 'file', path: tree.absolute(repoPath) });
  };
  /** The manifests a walk of `folder` (`a/b/`, or '' for the top) takes; `pruneIgnored`: it does not enter ignored folders. */
  const walked = (folder: string, pruneIgnored: boolean) =>
    all.filter((file) => {
      if (!file.startsWith(folder)) return false;
      const rest = file.slice(folder.length).split('/');
      if (rest.some(isSkippedInWalk) || !isWalkedFileName(rest[rest.length - 1]!)) return false;
      for (let depth = 1; pruneIgnored && depth < rest.length; depth++) if (isIgnored(tree.absolute(folder + rest.slice(0, depth).join('/')))) return false;
      return true;
    })
    // a walk lists each folder's entries sorted by name, where ls-tree puts `app/` after `app-v2`
    .sort(byWalkOrder);
  const repoPathOf = (input: string) => toPosix(path.relative(tree.top, path.resolve(cwd, input)));
  for (const input of inputs) {
    if (input === '-') continue;
    const relative = repoPathOf(input);
    if (tree.isRegularFile(relative)) take(relative, true);
    else if (tree.kindOf(tree.absolute(relative)) === 'folder') walked(relative === '' ? '' : `${relative}/`, true).forEach((file) => take(file));
    else if (globCharacters.test(input)) {
      const parts = toPosix(input).split('/');
      const fixed = parts.slice(0, parts.findIndex((part) => globCharacters.test(part))).join('/');
      const base = repoPathOf(fixed || '.');
      const matcher = picomatch(relative, { dot: false });
      walked(base === '' ? '' : `${base}/`, false)
        .filter((file) => matcher(file))
        .forEach((file) => take(file));
    }
  }
  return chosen;
}

/** Paths in the order of a walk that lists each folder sorted by name. */
function byWalkOrder(a: string, b: string): number {
  const left = a.split('/');
  const right = b.split('/');
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    if (left[i] !== right[i]) return left[i]! < right[i]! ? -1 : 1;
  }
  return left.length - right.length;
}

/**
 * Reads and parses `files` (absolute paths of `tree`, see selectGitFiles) as manifests, as they
 * are at the tree's ref, without a checkout; diagnostics name them `<ref>:<path>`.
 */
export async function loadGitFiles(tree: GitTree, files: readonly string[]): Promise<LoadResult> {
  const result: LoadResult = { resources: [] as Resource[], diagnostics: [] as Diagnostic[], files: [], skipped: noneSkipped(), unreadableCrds: [] };
  tree.prefetch(files, defaultMaxFileBytes);
  for (const file of files) {
    const name = tree.displayName(file);
    result.files.push(name);
    // a file too large or not text is said, as a base folder's is (its size is known before any byte is read)
    const text = textOfRead(tree.read(file, defaultMaxFileBytes), name);
    if (!text.ok) {
      for (const item of text.diagnostics) result.diagnostics.push(item);
      continue;
    }
    const format = formatOf(file, text.text);
    if (format === 'markdown') await loadMarkdownReader();
    // a chart's templates are told by the Chart.yaml at the ref, not by the working tree's
    const loaded = loadText(text.text, name, format, { path: file, holdsChart: (folder) => tree.kindOf(path.join(folder, 'Chart.yaml')) === 'file' });
    for (const item of loaded.resources) result.resources.push(item);
    for (const item of loaded.diagnostics) result.diagnostics.push(item);
  }
  return result;
}
