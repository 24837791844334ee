import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/shared.js';
import { checkLoadText, checkPipeline, fuzzSources, type Encoding } from './fuzz-check.js';
import { caseRandom, makeCase, quickSizes } from './mutate.js';

// A bounded slice of `npm run fuzz` (scripts/fuzz.ts), which runs 100,000 cases of the same kind.
const seed = 20_240_601;
const loaderCases = 1000;
const pipelineCases = 40;
const sources = fuzzSources(repoRoot);
const workDir = mkdtempSync(path.join(tmpdir(), 'drydock-fuzz-test-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('the loader and pipeline on mutated manifests', () => {
  it(`never throw, and report in-range positions, over ${loaderCases} mutated texts`, () => {
    const failures: string[] = [];
    for (let index = 0; index < loaderCases && failures.length < 5; index++) {
      const fuzzCase = makeCase(seed, index, sources, quickSizes);
      const problems = checkLoadText(fuzzCase.text, fuzzCase.fileName);
      if (problems.length > 0) failures.push(`case ${index} (${fuzzCase.source}: ${fuzzCase.steps.join(', ')}): ${problems[0]}`);
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it(`validate() and lint() list the file and report no internal failure, over ${pipelineCases} mutated files`, async () => {
    const encodings: Encoding[] = ['utf8', 'utf8', 'utf16le-bom', 'raw-flipped'];
    const failures: string[] = [];
    for (let index = 0; index < pipelineCases && failures.length < 5; index++) {
      const fuzzCase = makeCase(seed + 1, index, sources, quickSizes);
      const random = caseRandom(seed + 2, index);
      const dir = path.join(workDir, `case-${index}`);
      mkdirSync(dir);
      const problems = await checkPipeline(fuzzCase.text, dir, fuzzCase.fileName, random.pick(encodings), random.below(1 << 20));
      if (problems.length > 0) failures.push(`case ${index} (${fuzzCase.source}: ${fuzzCase.steps.join(', ')}): ${problems[0]}`);
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it('makes the same cases from the same seed', () => {
    expect(makeCase(seed, 7, sources)).toEqual(makeCase(seed, 7, sources));
  });
});
