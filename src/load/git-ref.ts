import path from 'node:path';
import picomatch from 'picomatch';
import { noneSkipped, type Diagnostic, type Resource } from '../resources/index.js';
import { ignoreMatcher, isSkippedInWalk, isWalkedFileName, type InputEntry } from './find-files.js';
import type { GitTree } from './git-tree.js';
import { formatOf, loadText } from './load-text.js';
import { defaultMaxFileBytes, textOfRead, type LoadResult } from './load-inputs.js';
import { loadMarkdownReader } from './markdown-reader.js';

const globCharacters = /[*?[\]{}]/;

function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}

/**
 * The files of `tree` that `inputs` name, as a walk of the working tree would find them: a path
 * the tree holds (named), every manifest below a folder (no hidden entries, no node_modules), or
 * a glob's matches; the config's ignores leave files out. Only regular files: links and
 * submodules are never followed at a ref. Paths are absolute (see GitTree).
 */
export function selectGitFiles(tree: GitTree, inputs: readonly string[], options: { cwd: string; ignore?: readonly string[]; ignoreBase?: string }): InputEntry[] {
  const { cwd } = options;
  const all = [...tree.entries.keys()].filter((file) => tree.isRegularFile(file));
  const isIgnored = ignoreMatcher(options.ignore, options.ignoreBase ?? cwd);
  const ignoredFolders = new Map<string, boolean>();
  const isIgnoredFolder = (folder: string) => {
    let ignored = ignoredFolders.get(folder);
    if (ignored === undefined) ignoredFolders.set(folder, (ignored = isIgnored(tree.absolute(folder))));
    return ignored;
  };
  const chosen: InputEntry[] = [];
  const seen = new Set<string>();
  const take = (repoPath: string, named = false) => {
    if (seen.has(repoPath) || isIgnored(tree.absolute(repoPath))) return;
    seen.add(repoPath);
    chosen.push(named ? { kind: 'file', path: tree.absolute(repoPath), named } : { kind: 'file', path: tree.absolute(repoPath) });
  };
  for (const input of inputs) {
    if (input === '-') continue;
    const relative = toPosix(path.relative(tree.top, path.resolve(cwd, input)));
    if (globCharacters.test(input)) {
      const matcher = picomatch(relative);
      all.filter((file) => matcher(file)).forEach((file) => take(file));
      continue;
    }
    if (tree.isRegularFile(relative)) {
      take(relative, true);
      continue;
    }
    const prefix = relative === '' ? '' : `${relative}/`;
    for (const file of all) {
      if (!file.startsWith(prefix)) continue;
      const rest = file.slice(prefix.length).split('/');
      if (rest.some(isSkippedInWalk)) continue;
      // a walk does not enter an ignored folder below the one named (`ignore: [legacy]`)
      if (folderPaths(prefix, rest).some((folder) => isIgnoredFolder(folder))) continue;
      if (isWalkedFileName(path.posix.basename(file))) take(file);
    }
  }
  return chosen;
}

/** The folders (tree paths) a walk of `prefix` passes through to reach the file `prefix + rest.join('/')`. */
function folderPaths(prefix: string, rest: readonly string[]): string[] {
  return rest.slice(0, -1).map((_, i) => prefix + rest.slice(0, i + 1).join('/'));
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
    const loaded = loadText(text.text, name, format);
    for (const item of loaded.resources) result.resources.push(item);
    for (const item of loaded.diagnostics) result.diagnostics.push(item);
  }
  return result;
}
