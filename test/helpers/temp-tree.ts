import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

/** Writes `files` (relative path → text) under `dir`, making the folders they need. */
export function writeTree(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
}

/**
 * A maker of temporary trees under the system's temporary folder, named `<prefix>-…`: each call
 * writes `files` into a new folder and returns it. Every folder is removed after the test file.
 */
export function tempTrees(prefix: string): (files: Record<string, string>) => string {
  const made: string[] = [];
  afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  return (files) => {
    const dir = mkdtempSync(path.join(tmpdir(), `${prefix}-`));
    made.push(dir);
    writeTree(dir, files);
    return dir;
  };
}
