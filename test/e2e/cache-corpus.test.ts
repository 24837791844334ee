import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { corpusDir, hasCorpus } from '../helpers/shared.js';

// the cache at the scale of a real repository, through the built CLI and its worker threads
// (test/cli/ci-options.test.ts has the cache's behaviour on small projects, in-process)
describe('--cache (the built CLI)', () => {
  it.skipIf(!hasCorpus)('gives the same report on the corpus from the cache as from checking every file', () => {
    const cache = path.join(mkdtempSync(path.join(tmpdir(), 'drydock-ci-')), 'corpus-cache');
    // a cold cache checks every file (the small project above proves that equals a run without
    // --cache); the warm run must reproduce it from stored results, on 1,745 real files
    const cold = runCli(['validate', '.', '-f', 'json', '--cache-location', cache], { cwd: corpusDir });
    const warm = runCli(['validate', '.', '-f', 'json', '--cache-location', cache], { cwd: corpusDir });
    expect(cold.stdout.length).toBeGreaterThan(1000);
    expect(warm.stdout).toBe(cold.stdout);
    expect(warm.code).toBe(cold.code);
    rmSync(path.dirname(cache), { recursive: true, force: true });
  }, 120_000);
});
