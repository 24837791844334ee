import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { DrydockError, offlineGitEnv } from '../resources/index.js';
import { isSkippedInWalk } from './find-files.js';
import type { KustomizeFiles, PathKind, ReadRefusal, ReadResult } from './kustomize-files.js';
import { isKustomizationFileName } from './kustomization-file.js';
import { formatBytes } from './load-inputs.js';
import { confinementOf, realOrUndefined } from './root.js';

/** One entry of `git ls-tree -r`: its mode and object. */
interface TreeEntry {
  mode: string;
  object: string;
}

const regularModes = new Set(['100644', '100755']);

/**
 * Starting git costs more than reading small files, so the small files near what is read (below
 * a kustomization's folder, or below the folder of a file a build asks for) come with it: at most
 * this many, each at most `nearbyFileBytes`, `nearbyBytes` in all.
 */
const nearbyFiles = 4096;
const nearbyFileBytes = 1024 * 1024;
const nearbyBytes = 16 * 1024 * 1024;
/** What one `git cat-file --batch` may return, so that a tree of large files is read in several. */
const batchBytes = 64 * 1024 * 1024;

function gitSync(args: readonly string[], cwd: string, input?: string, maxBuffer = 64 * 1024 * 1024): { ok: boolean; stdout: Buffer; stderr: string } {
  const result = spawnSync('git', args, { cwd, input, maxBuffer, stdio: ['pipe', 'pipe', 'pipe'], env: offlineGitEnv() });
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
 * once; blobs are sized with `git cat-file --batch-check` and read with `git cat-file --batch`,
 * each at most as large as the caller allows (the size is known before reading; `ls-tree -l`
 * would size every blob of the repository, a cost that grows with it). Paths are absolute, as
 * the commit's files would lie in the repository's top-level folder, and diagnostics name them
 * `<ref>:<path>` (from the working directory). Links and submodules are never followed: a path
 * that is one, or leads through one, is refused (`link`).
 */
export class GitTree implements KustomizeFiles {
  private readonly blobs = new Map<string, Buffer>();
  /** Sizes of the blobs asked about so far (by object id). */
  private readonly sizes = new Map<string, number>();
  private readonly folders = new Set<string>(['']);
  private children: Map<string, string[]> | undefined;

  private constructor(
    readonly ref: string,
    /** The repository's top-level folder. */
    readonly top: string,
    /** The working directory, as a real path (git's top-level is one): input paths and file names start from it. */
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
    const listed = gitSync(['ls-tree', '-r', '-z', '--full-tree', `${ref}^{commit}`], root, undefined, 1024 * 1024 * 1024);
    if (!listed.ok) throw new DrydockError('git-ref-missing', `--base ${ref}: ${listed.stderr.trim()}`);
    const entries = new Map<string, TreeEntry>();
    for (const line of listed.stdout.toString('utf8').split('\0')) {
      const tab = line.indexOf('\t');
      if (tab === -1) continue;
      const [mode = '', , object = ''] = line.slice(0, tab).split(' ');
      entries.set(line.slice(tab + 1), { mode, object });
    }
    return new GitTree(ref, root, realOrUndefined(cwd) ?? path.resolve(cwd), fence, entries);
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
    // a submodule is a folder in a checkout; a link is taken for a file, so that the entry naming
    // it is refused (`refusal`) rather than reported missing
    return entry.mode === '160000' ? 'folder' : 'file';
  }

  read(file: string, maxBytes: number): ReadResult {
    const relative = this.relative(file);
    const entry = relative === undefined ? undefined : this.entries.get(relative);
    if (relative === undefined || entry === undefined || !regularModes.has(entry.mode)) return { ok: false, code: 'unreadable', message: 'the file cannot be read (not a regular file at the git ref)' };
    if (!this.blobs.has(entry.object) && !this.sizes.has(entry.object)) this.fetchNear([entry.object], [relative.slice(0, relative.lastIndexOf('/') + 1)], maxBytes);
    const size = this.sizes.get(entry.object);
    if (size === undefined || !Number.isFinite(size)) return { ok: false, code: 'unreadable', message: 'the file cannot be read at the git ref' };
    if (size > maxBytes) return { ok: false, code: 'too-large', message: `the file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit for one manifest file` };
    if (!this.blobs.has(entry.object)) this.fetch([entry.object]);
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
        if (isSkippedInWalk(name)) continue;
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

  /**
   * Reads the regular files of `files` (absolute paths) of at most `maxBytes` each, and the small
   * files below the folders of the kustomization files among them (what their builds read):
   * one `git cat-file --batch-check` and as few `git cat-file --batch` as the batch bound allows.
   */
  prefetch(files: readonly string[], maxBytes: number): void {
    const objects: string[] = [];
    const folders: string[] = [];
    for (const file of files) {
      const relative = this.relative(file);
      const entry = relative === undefined ? undefined : this.entries.get(relative);
      if (!entry || !regularModes.has(entry.mode)) continue;
      objects.push(entry.object);
      if (isKustomizationFileName(path.posix.basename(relative!))) folders.push(relative!.slice(0, relative!.lastIndexOf('/') + 1));
    }
    this.fetchNear(objects, folders, maxBytes);
  }

  /** Reads `objects` (at most `maxBytes` each) and the small files below `folders` (`a/b/`, or '' for the top). */
  private fetchNear(objects: readonly string[], folders: readonly string[], maxBytes: number): void {
    const nearby: string[] = [];
    if (folders.length > 0) {
      for (const [file, entry] of this.entries) {
        if (nearby.length >= nearbyFiles) break;
        if (!regularModes.has(entry.mode) || this.sizes.has(entry.object) || !folders.some((folder) => file.startsWith(folder))) continue;
        nearby.push(entry.object);
      }
    }
    this.measure([...objects, ...nearby]);
    const wanted = objects.filter((object) => this.sizes.get(object)! <= maxBytes);
    let total = 0;
    for (const object of nearby) {
      const size = this.sizes.get(object)!;
      if (size > Math.min(nearbyFileBytes, maxBytes) || total + size > nearbyBytes) continue;
      total += size;
      wanted.push(object);
    }
    this.fetch(wanted);
  }

  /** Learns the sizes of `objects` with one `git cat-file --batch-check` (headers only, no content). */
  private measure(objects: readonly string[]): void {
    const unknown = [...new Set(objects)].filter((object) => !this.sizes.has(object));
    if (unknown.length === 0) return;
    const output = gitSync(['cat-file', '--batch-check'], this.top, unknown.map((object) => `${object}\n`).join(''), unknown.length * 128 + 1024).stdout;
    for (const line of output.toString('utf8').split('\n')) {
      const [object = '', type, size] = line.split(' ');
      if (type === 'blob' && size !== undefined) this.sizes.set(object, Number(size));
    }
    // an object git cannot read is never asked for again (and never read)
    for (const object of unknown) if (!this.sizes.has(object)) this.sizes.set(object, Number.POSITIVE_INFINITY);
  }

  /** Reads `objects` (sized already) with `git cat-file --batch`, several runs when they are large. */
  private fetch(objects: readonly string[]): void {
    const wanted = [...new Set(objects)].filter((object) => !this.blobs.has(object) && Number.isFinite(this.sizes.get(object)));
    let start = 0;
    while (start < wanted.length) {
      let end = start;
      let total = 0;
      do total += this.sizes.get(wanted[end++]!)! + 128;
      while (end < wanted.length && total + this.sizes.get(wanted[end]!)! + 128 <= batchBytes);
      this.fetchBatch(wanted.slice(start, end), total);
      start = end;
    }
  }

  // objects are named by id, so no path (a name holding a newline) can confuse the batch's input
  private fetchBatch(objects: readonly string[], expectedBytes: number): void {
    const output = gitSync(['cat-file', '--batch'], this.top, objects.map((object) => `${object}\n`).join(''), expectedBytes + 1024).stdout;
    let offset = 0;
    while (offset < output.length) {
      const headerEnd = output.indexOf(10, offset);
      if (headerEnd === -1) break;
      const [object = '', type, sizeText] = output.subarray(offset, headerEnd).toString('utf8').split(' ');
      offset = headerEnd + 1;
      if (type === undefined || sizeText === undefined) continue;
      const size = Number(sizeText);
      // a cut output (git stopped, a bound reached) leaves the rest unread rather than read short
      if (type === 'blob' && offset + size <= output.length) this.blobs.set(object, output.subarray(offset, offset + size));
      offset += size + 1;
    }
  }
}
