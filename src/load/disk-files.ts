import { lstatSync, readlinkSync } from 'node:fs';
import path from 'node:path';
import { diskKindOf, diskSubfolders } from './disk-kind.js';
import { displayName } from './find-files.js';
import type { KustomizeFiles, PathKind, ReadRefusal, ReadResult } from './kustomize-files.js';
import { readFileBounded } from './load-inputs.js';
import { confinementOf, realOrUndefined } from './root.js';

/** The working tree as a build reads it: confined to `root` after resolving links (src/load/root.ts). */
export class DiskFiles implements KustomizeFiles {
  constructor(
    readonly root: string,
    readonly cwd: string,
  ) {}

  refusal(file: string): ReadRefusal | undefined {
    return confinementOf(this.root, leadsTo(file));
  }

  kindOf(file: string): PathKind {
    return diskKindOf(file);
  }

  read(file: string, maxBytes: number): ReadResult {
    return readFileBounded(file, maxBytes);
  }

  realPath(file: string): string | undefined {
    return realOrUndefined(file);
  }

  subfolders(dir: string): string[] {
    return diskSubfolders(dir);
  }

  displayName(file: string): string {
    return displayName(file, this.cwd);
  }
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
function leadsTo(file: string): string {
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
