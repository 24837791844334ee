// Fuzzes the loader (and, for a share of the cases, the public validate() and lint()) with
// mutated fixtures and corpus files, and stops at the first broken promise with a reproducer.
// Run: npm run fuzz -- [--count 100000] [--seed 1] [--start 0] [--pipeline-every 50] [--max-ms 10000]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkLoadText, checkPipeline, fuzzSources, type Encoding } from '../test/hardening/fuzz-check.js';
import { caseRandom, makeCase, type FuzzCase } from '../test/hardening/mutate.js';

const { values: args } = parseArgs({
  options: {
    count: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '1' },
    start: { type: 'string', default: '0' },
    'pipeline-every': { type: 'string', default: '50' },
    'max-ms': { type: 'string', default: '10000' },
  },
});
const count = Number(args.count);
const seed = Number(args.seed);
const start = Number(args.start);
const pipelineEvery = Number(args['pipeline-every']);
const maxMs = Number(args['max-ms']);

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sources = fuzzSources(repoRoot);
const workDir = mkdtempSync(path.join(tmpdir(), 'drydock-fuzz-'));
const encodings: Encoding[] = ['utf8', 'utf8', 'utf8', 'utf16le-bom', 'raw-flipped'];
console.log(`fuzzing ${count} cases from ${sources.length} sources, seed ${seed}, starting at case ${start}`);

const began = Date.now();
let slowest = { ms: 0, index: -1 };
let pipelineRuns = 0;
let slowCases = 0;
const stepCounts = new Map<string, number>();
for (let index = start; index < start + count; index++) {
  const fuzzCase = makeCase(seed, index, sources);
  for (const step of fuzzCase.steps) stepCounts.set(step, (stepCounts.get(step) ?? 0) + 1);
  const caseStart = performance.now();
  const problems = checkLoadText(fuzzCase.text, fuzzCase.fileName);
  if (pipelineEvery > 0 && index % pipelineEvery === 0) {
    const random = caseRandom(seed ^ 0x5eed, index);
    // each pipeline case gets its own folder, so that one case's file is never another's input
    const dir = path.join(workDir, `case-${index}`);
    mkdirSync(dir);
    problems.push(...(await checkPipeline(fuzzCase.text, dir, fuzzCase.fileName, random.pick(encodings), random.below(1 << 20))));
    rmSync(dir, { recursive: true, force: true });
    pipelineRuns++;
  }
  const ms = performance.now() - caseStart;
  if (ms > slowest.ms) slowest = { ms, index };
  if (ms > 2000) slowCases++;
  if (ms > maxMs) problems.push(`took ${ms.toFixed(0)} ms, over the ${maxMs} ms budget`);
  if (problems.length > 0) fail(fuzzCase, problems);
  if ((index - start + 1) % 5000 === 0) {
    const done = index - start + 1;
    console.log(`${done}/${count} cases, ${((Date.now() - began) / 1000).toFixed(0)} s, slowest ${slowest.ms.toFixed(0)} ms (case ${slowest.index})`);
  }
}
rmSync(workDir, { recursive: true, force: true });
console.log(`ok: ${count} cases (${pipelineRuns} through validate, lint and plan) in ${((Date.now() - began) / 1000).toFixed(1)} s; slowest ${slowest.ms.toFixed(0)} ms (case ${slowest.index}), ${slowCases} over 2 s`);
console.log(`mutations: ${[...stepCounts].map(([name, n]) => `${name} ${n}`).join(', ')}`);

function fail(fuzzCase: FuzzCase, problems: string[]): never {
  const saved = path.join(mkdtempSync(path.join(tmpdir(), 'drydock-fuzz-failure-')), fuzzCase.fileName);
  writeFileSync(saved, fuzzCase.text);
  console.error(`\nFAILED case ${fuzzCase.index} (seed ${seed}): ${fuzzCase.source} mutated by ${fuzzCase.steps.join(', ')}, loaded as ${fuzzCase.fileName}`);
  for (const problem of problems.slice(0, 10)) console.error(`  - ${problem}`);
  console.error(`input saved to ${saved}`);
  console.error(`reproduce: npm run fuzz -- --seed ${seed} --start ${fuzzCase.index} --count 1`);
  process.exit(1);
}
