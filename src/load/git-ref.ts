import { spawnSync } from 'node:child_process';
import path from 'node:path';
import picomatch from 'picomatch';
import { DrydockError, noneSkipped, type Diagnostic, type Resource } from '../resources/index.js';
import { decodeText } from './decode-text.js';
import { isSkippedInWalk, manifestExtensions } from './find-files.js';
import { formatOf, loadText } from './load-text.js';
import type { LoadResult } from './load-inputs.js';
import { loadMarkdownReader } from './markdown-reader.js';

const globCharacters = /[*?[\]{}]/;

function git(args: readonly string[], cwd: string, input?: string): { ok: boolean; stdout: Buffer; stderr: string } {
  const result = spawnSync('git', args, { cwd, input, maxBuffer: 1024 * 1024 * 1024 });
  return { ok: result.status === 0, stdout: result.stdout ?? Buffer.alloc(0), stderr: String(result.stderr ?? '') };
}

/** Whether `ref` names a commit of the repository at `cwd`. */
export function isGitRef(ref: string, cwd: string): boolean {
  return git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd).ok;
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}

/**
 * Reads the same paths as they were at a git ref, without a checkout: `git ls-tree` lists them,
 * one `git cat-file --batch` reads them all. Directory walks follow the working-tree rules
 * (manifest extensions, no hidden entries, no node_modules, the config's ignores). File names
 * in diagnostics are `<ref>:<path>`. A path missing at the ref is simply absent there.
 */
export async function loadGitRef(ref: string, inputs: readonly string[], options: { cwd: string; ignore?: readonly string[] }): Promise<LoadResult> {
  const { cwd } = options;
  const top = git(['rev-parse', '--show-toplevel'], cwd);
  if (!top.ok) throw new DrydockError('git-ref-missing', `--base ${ref}: not a folder or a file, and ${cwd} is not inside a git repository`);
  if (!isGitRef(ref, cwd)) throw new DrydockError('git-ref-missing', `--base ${ref}: not a folder, a file or a git ref`);
  const root = top.stdout.toString('utf8').trim();
  const listed = git(['ls-tree', '-r', '-z', '--name-only', `${ref}^{commit}`], root);
  if (!listed.ok) throw new DrydockError('git-ref-missing', `--base ${ref}: ${listed.stderr.trim()}`);
  const all = listed.stdout.toString('utf8').split('\0').filter(Boolean);
  const isIgnored = options.ignore?.length ? picomatch([...options.ignore], { dot: true }) : () => false;
  const fromCwd = (repoPath: string) => toPosix(path.relative(cwd, path.join(root, repoPath)));

  const chosen: string[] = [];
  const seen = new Set<string>();
  const take = (repoPath: string) => {
    if (seen.has(repoPath) || isIgnored(fromCwd(repoPath))) return;
    seen.add(repoPath);
    chosen.push(repoPath);
  };
  for (const input of inputs) {
    if (input === '-') continue;
    const relative = toPosix(path.relative(root, path.resolve(cwd, input)));
    if (globCharacters.test(input)) {
      const matcher = picomatch(relative);
      all.filter((file) => matcher(file)).forEach(take);
      continue;
    }
    if (all.includes(relative)) {
      take(relative);
      continue;
    }
    const prefix = relative === '' ? '' : `${relative}/`;
    for (const file of all) {
      if (!file.startsWith(prefix)) continue;
      const rest = file.slice(prefix.length).split('/');
      if (rest.some(isSkippedInWalk)) continue;
      if (manifestExtensions.test(file)) take(file);
    }
  }

  const result: LoadResult = { resources: [] as Resource[], diagnostics: [] as Diagnostic[], files: [], skipped: noneSkipped(), unreadableCrds: [] };
  if (chosen.length === 0) return result;
  const batch = git(['cat-file', '--batch'], root, chosen.map((file) => `${ref}:${file}\n`).join(''));
  let offset = 0;
  for (const file of chosen) {
    const headerEnd = batch.stdout.indexOf(10, offset);
    const header = batch.stdout.subarray(offset, headerEnd).toString('utf8');
    const size = Number(header.split(' ')[2]);
    const bytes = batch.stdout.subarray(headerEnd + 1, headerEnd + 1 + size);
    offset = headerEnd + 1 + size + 1;
    const name = `${ref}:${fromCwd(file)}`;
    result.files.push(name);
    const decoded = decodeText(bytes);
    if (!decoded.ok) continue;
    const format = formatOf(file, decoded.text);
    if (format === 'markdown') await loadMarkdownReader();
    const loaded = loadText(decoded.text, name, format);
    for (const item of loaded.resources) result.resources.push(item);
    for (const item of loaded.diagnostics) result.diagnostics.push(item);
  }
  return result;
}
