import { readdirSync } from 'node:fs';
import path from 'node:path';
import { diskKindOf } from './disk-kind.js';
import { displayName, isSkippedInWalk } from './find-files.js';
import type { KustomizeFiles, PathKind, ReadRefusal, ReadResult } from './kustomize-files.js';
import { readFileBounded } from './load-inputs.js';
import { confinementOf, leadsTo, realOrUndefined } from './root.js';

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
    const listed: string[] = [];
    try {
      // links are not folders here: a walk does not follow them
      for (const entry of readdirSync(dir, { withFileTypes: true })) if (entry.isDirectory() && !isSkippedInWalk(entry.name)) listed.push(path.join(dir, entry.name));
    } catch {
      // an unreadable folder holds nothing to find
    }
    return listed.sort();
  }

  displayName(file: string): string {
    return displayName(file, this.cwd);
  }
}
