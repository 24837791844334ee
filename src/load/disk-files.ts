import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { displayName } from './find-files.js';
import type { KustomizeFiles, PathKind, ReadRefusal, ReadResult } from './kustomize-files.js';
import { readFileBounded } from './load-inputs.js';
import { confinementOf, realFolderOf, realOrUndefined } from './root.js';

/** The working tree as a build reads it: confined to `root` after resolving links (src/load/root.ts). */
export class DiskFiles implements KustomizeFiles {
  constructor(
    readonly root: string,
    readonly cwd: string,
  ) {}

  refusal(file: string): ReadRefusal | undefined {
    return confinementOf(this.root, realOrUndefined(file) ?? realFolderOf(file) ?? path.resolve(file));
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

/** What `file` is on disk, links followed. */
export function diskKindOf(file: string): PathKind {
  try {
    const stats = statSync(file);
    return stats.isFile() ? 'file' : stats.isDirectory() ? 'folder' : 'other';
  } catch {
    return 'absent';
  }
}

/** The folders directly in `dir` that a walk enters (links are not folders here). */
export function diskSubfolders(dir: string): string[] {
  const listed: string[] = [];
  try {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules') listed.push(path.join(dir, entry.name));
    }
  } catch {
    // an unreadable folder holds nothing to find
  }
  return listed.sort();
}
