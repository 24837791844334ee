import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { DrydockError } from '../resources/index.js';
import type { KustomizeFiles, PathKind, ReadRefusal, ReadResult } from './kustomize-files.js';
import { formatBytes } from './load-inputs.js';
import { confinementOf } from './root.js';

/** One entry of `git ls-tree -r`: its mode, object and size (none for a submodule). */
interface TreeEntry {
  mode: string;
  object: string;
  size: number;
}

const regularModes = new Set(['100644', '100755']);

/** A folder's small files are fetched with the file a build asks for: one `git cat-file` for the folder. */
const siblingBytes = 1024 * 1024;
const folderBatchBytes = 8 * 1024 * 1024;
/** What one `git cat-file --batch` may return, so that a tree of large files is read in several. */
const batchBytes = 64 * 1024 * 1024;

function gitSync(args: readonly string[], cwd: string, input?: string, maxBuffer = 64 * 1024 * 1024): { ok: boolean; stdout: Buffer; stderr: string } {
  const result = spawnSync('git', args, { cwd, input, maxBuffer, stdio: ['pipe', 'pipe', 'pipe'] });
  return { ok: result.status === 0 && result.error === undefined, stdout: result.stdout ?? Buffer.alloc(0), stderr: String(result.stderr ?? '') };
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}

/** Whether `ref` names a commit of the repository at `cwd`. */
export function isGitRef(ref: string, cwd: string): boolean {
  return gitSync(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd).ok;
}

/**
 * The files of a commit, read without a checkout: `git ls-tree -r` lists every path with its mode
 * and size once, and blobs are read with `git cat-file --batch`, each at most as large as the
 * caller allows (the size is known before reading). Paths are absolute, as the commit's files
 * would lie in the repository's top-level folder, and diagnostics name them `<ref>:<path>` (from
 * the working directory). Links and submodules are never followed: a path that is one, or leads
 * through one, is refused (`link`).
 */
export class GitTree implements KustomizeFiles {
  private readonly blobs = new Map<string, Buffer>();
  private readonly folders = new Set<string>(['']);
  private children: Map<string, string[]> | undefined;

  private constructor(
    readonly ref: string,
    /** The repository's top-level folder. */
    readonly top: string,
    readonly cwd: string,
    /** Reads stay under this folder too (the run's root), when given. */
    private readonly fence: string | undefined,
    /** Every path of the commit (relative to `top`, with `/`), folders left out. */
    readonly entries: ReadonlyMap<string, TreeEntry>,
  ) {
    for (const file of entries.keys()) {
      for (let at = file.lastIndexOf('/'); at > 0; at = file.lastIndexOf('/', at - 1)) {
        const folder = file.slice(0, at);
        if (this.folders.has(folder)) break;
        this.folders.add(folder);
      }
    }
  }

  /** The tree of `ref` in the repository around `cwd`; a usage error when there is none. */
  static open(ref: string, cwd: string, fence?: string): GitTree {
    const top = gitSync(['rev-parse', '--show-toplevel'], cwd);
    if (!top.ok) throw new DrydockError('git-ref-missing', `--base ${ref}: not a folder or a file, and ${cwd} is not inside a git repository`);
    if (!isGitRef(ref, cwd)) throw new DrydockError('git-ref-missing', `--base ${ref}: not a folder, a file or a git ref`);
    const root = top.stdout.toString('utf8').trim();
    const listed = gitSync(['ls-tree', '-r', '-z', '-l', '--full-tree', `${ref}^{commit}`], root, undefined, 1024 * 1024 * 1024);
    if (!listed.ok) throw new DrydockError('git-ref-missing', `--base ${ref}: ${listed.stderr.trim()}`);
    const entries = new Map<string, TreeEntry>();
    for (const line of listed.stdout.toString('utf8').split('\0')) {
      const tab = line.indexOf('\t');
      if (tab === -1) continue;
      const [mode = '', , object = '', size = ''] = line.slice(0, tab).split(/ +/);
      entries.set(line.slice(tab + 1), { mode, object, size: Number(size) || 0 });
    }
    return new GitTree(ref, root, cwd, fence, entries);
  }

  /** `file` relative to the top-level, with `/`; undefined when it is not inside. */
  relative(file: string): string | undefined {
    const relative = toPosix(path.relative(this.top, path.resolve(file)));
    if (relative === '..' || relative.startsWith('../') || path.isAbsolute(relative)) return undefined;
    return relative;
  }

  /** The absolute path of a path of the tree. */
  absolute(relative: string): string {
    return path.join(this.top, relative);
  }

  /** Whether a path of the tree is a regular file (not a link, not a submodule). */
  isRegularFile(relative: string): boolean {
    const entry = this.entries.get(relative);
    return entry !== undefined && regularModes.has(entry.mode);
  }

  refusal(file: string): ReadRefusal | undefined {
    const resolved = path.resolve(file);
    const fenced = this.fence === undefined ? undefined : confinementOf(this.fence, resolved);
    if (fenced !== undefined) return fenced;
    const relative = this.relative(resolved);
    if (relative === undefined) return 'outside';
    if (relative.split('/').includes('.git')) return 'git-dir';
    // the path itself, or a folder on its way, is a link or a submodule
    for (let end = relative.length; end > 0; end = relative.lastIndexOf('/', end - 1)) {
      const entry = this.entries.get(relative.slice(0, end));
      if (entry !== undefined && !regularModes.has(entry.mode)) return 'link';
    }
    return undefined;
  }

  kindOf(file: string): PathKind {
    const relative = this.relative(file);
    if (relative === undefined) return 'absent';
    if (this.folders.has(relative)) return 'folder';
    const entry = this.entries.get(relative);
    if (entry === undefined) return 'absent';
    // a submodule is a folder in a checkout; a link is reported when read (see `refusal`)
    if (entry.mode === '160000') return 'folder';
    return regularModes.has(entry.mode) ? 'file' : 'other';
  }

  read(file: string, maxBytes: number): ReadResult {
    const relative = this.relative(file);
    const entry = relative === undefined ? undefined : this.entries.get(relative);
    if (relative === undefined || entry === undefined || !regularModes.has(entry.mode)) return { ok: false, code: 'unreadable', message: 'the file cannot be read (not a regular file at the git ref)' };
    if (entry.size > maxBytes) return { ok: false, code: 'too-large', message: `the file is ${formatBytes(entry.size)}, over the ${formatBytes(maxBytes)} limit for one manifest file` };
    if (!this.blobs.has(entry.object)) this.fetchWithFolder(relative, maxBytes);
    const bytes = this.blobs.get(entry.object);
    return bytes === undefined ? { ok: false, code: 'unreadable', message: 'the file cannot be read at the git ref' } : { ok: true, bytes };
  }

  realPath(file: string): string | undefined {
    return this.kindOf(file) === 'absent' ? undefined : path.resolve(file);
  }

  subfolders(dir: string): string[] {
    const relative = this.relative(dir);
    if (relative === undefined) return [];
    if (this.children === undefined) {
      this.children = new Map();
      for (const folder of this.folders) {
        if (folder === '') continue;
        const parent = folder.includes('/') ? folder.slice(0, folder.lastIndexOf('/')) : '';
        const name = folder.slice(parent === '' ? 0 : parent.length + 1);
        if (name.startsWith('.') || name === 'node_modules') continue;
        const list = this.children.get(parent) ?? [];
        list.push(this.absolute(folder));
        this.children.set(parent, list);
      }
      for (const list of this.children.values()) list.sort();
    }
    return [...(this.children.get(relative) ?? [])];
  }

  displayName(file: string): string {
    return `${this.ref}:${toPosix(path.relative(this.cwd, file))}`;
  }

  /** Reads the regular files of `files` (absolute paths) of at most `maxBytes` each, in as few `git cat-file` runs as the batch bound allows. */
  prefetch(files: readonly string[], maxBytes: number): void {
    const wanted: TreeEntry[] = [];
    for (const file of files) {
      const relative = this.relative(file);
      const entry = relative === undefined ? undefined : this.entries.get(relative);
      if (entry && regularModes.has(entry.mode) && entry.size <= maxBytes && !this.blobs.has(entry.object)) wanted.push(entry);
    }
    this.fetch(wanted);
  }

  // a build reads a kustomization's files one by one: the folder's small files come with the first
  private fetchWithFolder(relative: string, maxBytes: number): void {
    const folder = relative.includes('/') ? relative.slice(0, relative.lastIndexOf('/') + 1) : '';
    const wanted = [this.entries.get(relative)!];
    let total = wanted[0]!.size;
    for (const [other, entry] of this.entries) {
      if (other === relative || !other.startsWith(folder) || other.slice(folder.length).includes('/')) continue;
      if (!regularModes.has(entry.mode) || entry.size > Math.min(siblingBytes, maxBytes) || this.blobs.has(entry.object)) continue;
      if (total + entry.size > folderBatchBytes) break;
      total += entry.size;
      wanted.push(entry);
    }
    this.fetch(wanted);
  }

  private fetch(entries: readonly TreeEntry[]): void {
    let start = 0;
    while (start < entries.length) {
      let end = start;
      let total = 0;
      do total += entries[end++]!.size + 128;
      while (end < entries.length && total + entries[end]!.size + 128 <= batchBytes);
      this.fetchBatch(entries.slice(start, end), total);
      start = end;
    }
  }

  // objects are named by id, so no path (a name holding a newline) can confuse the batch's input
  private fetchBatch(entries: readonly TreeEntry[], expectedBytes: number): void {
    const objects = [...new Set(entries.map((entry) => entry.object))];
    const output = gitSync(['cat-file', '--batch'], this.top, objects.map((object) => `${object}\n`).join(''), expectedBytes + 1024).stdout;
    let offset = 0;
    while (offset < output.length) {
      const headerEnd = output.indexOf(10, offset);
      if (headerEnd === -1) break;
      const [object = '', type, sizeText] = output.subarray(offset, headerEnd).toString('utf8').split(' ');
      offset = headerEnd + 1;
      if (type === undefined || sizeText === undefined) continue;
      const size = Number(sizeText);
      if (type === 'blob') this.blobs.set(object, output.subarray(offset, offset + size));
      offset += size + 1;
    }
  }
}
