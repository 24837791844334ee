import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
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
