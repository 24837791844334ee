import { statSync } from 'node:fs';
import type { PathKind } from './kustomize-files.js';

/** What `file` is on disk, links followed. */
export function diskKindOf(file: string): PathKind {
  try {
    const stats = statSync(file);
    return stats.isFile() ? 'file' : stats.isDirectory() ? 'folder' : 'other';
  } catch {
    return 'absent';
  }
}
