import { diskKindOf, diskSubfolders } from './disk-kind.js';
import { displayName } from './find-files.js';
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
    return diskSubfolders(dir);
  }

  displayName(file: string): string {
    return displayName(file, this.cwd);
  }
}
