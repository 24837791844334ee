import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { bundle } from '../scripts/bundle.mjs';
import { repoRoot } from './helpers/shared.js';

/** An esbuild plugin that reads `file` with `change` applied, as if it had been edited. */
function edited(file: string, change: (text: string) => string): Plugin {
  const absolute = path.join(repoRoot, file);
  return {
    name: 'edited-source',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, (args) => (args.path === absolute ? { contents: change(readFileSync(absolute, 'utf8')), loader: 'ts' } : undefined));
    },
  };
}

function changedFiles(before: Record<string, string>, after: Record<string, string>): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((name) => before[name] !== after[name]).sort();
}

// dist/ is committed for the Action: a one-line change to one rule must rewrite at most three of its files
describe('the bundle', () => {
  it('changes one chunk when one rule message changes', async () => {
    const outdir = 'dist';
    const [before, after] = await Promise.all([
      bundle({ outdir, absWorkingDir: repoRoot }),
      bundle({ outdir, absWorkingDir: repoRoot, plugins: [edited('rules/latest-tag.ts', (text) => text.replace("latest: 'Container", "latest: 'The container"))] }),
    ]);
    const changed = changedFiles(before, after);
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.length).toBeLessThanOrEqual(3);
    expect(changed.every((name) => name.startsWith('chunks/rules-'))).toBe(true);
    // the same names in both builds: chunk names do not depend on the text
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    expect(Object.keys(before)).toEqual(expect.arrayContaining(['cli.js', 'index.js', 'action.js', 'validate-worker.js']));
  });
});
