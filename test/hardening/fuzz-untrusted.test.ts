import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { caseRandom } from './mutate.js';
import { runMain } from '../helpers/run-main.js';
import { hasCrashOutput } from './run-measured.js';
import { outsideMarker, writeUntrustedCase } from './untrusted-cases.js';

// Mutated `.drydock.yaml` files, CRDs with hostile patterns and CEL rules, and links in and out of
// the repository, through the CLI in-process (what is read and printed does not depend on being a
// process). `DRYDOCK_FUZZ_CASES=500 npx vitest run <this file>` runs more.
const seed = 20_261_205;
const cases = Number(process.env.DRYDOCK_FUZZ_CASES ?? 8);
const gitConfigMarker = 'GIT-CONFIG-MARKER-77c2';
// every run takes well under a second; each is bounded in its own right (RE2, CEL budgets), so
// this is a 30x margin, not a timing
const maxMs = 30_000;

const workDir = mkdtempSync(path.join(tmpdir(), 'drydock-fuzz-untrusted-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** A repository `case-N/repo` with `case-N/outside/` beside it, outside its root. */
function makeCase(index: number): { repo: string; steps: string[] } {
  const base = path.join(workDir, `case-${index}`);
  const repo = path.join(base, 'repo');
  mkdirSync(path.join(base, 'outside'), { recursive: true });
  // outside the root: a manifest whose value, and a broken line, carry the marker
  writeFileSync(path.join(base, 'outside', 'secret.yaml'), `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: leak\ndata:\n  k: ${outsideMarker}\n  broken: "${outsideMarker}\n`);
  writeFileSync(path.join(base, 'outside', 'cluster.yaml'), `kind: Cluster\napiVersion: kind.x-k8s.io/v1alpha4\nnodes: [{role: ${outsideMarker}}]\n`);
  mkdirSync(repo);
  execFileSync('git', ['init', '-q', repo]);
  appendFileSync(path.join(repo, '.git', 'config'), `[http]\n\textraheader = AUTHORIZATION: basic ${gitConfigMarker}\n`);
  return { repo, steps: writeUntrustedCase(repo, caseRandom(seed, index)) };
}

describe('untrusted configs, CRD patterns and CEL rules, and links', () => {
  it(`never leak a file from outside the root, crash or run unbounded, over ${cases} cases`, async () => {
    const failures: string[] = [];
    for (let index = 0; index < cases && failures.length < 3; index++) {
      const { repo, steps } = makeCase(index);
      for (const args of [['lint', 'k8s', '-f', 'json'], ['validate', 'k8s', '-f', 'sarif'], ['plan', 'k8s', '--force', '-f', 'markdown']]) {
        const started = performance.now();
        const run = await runMain(args, { cwd: repo });
        const ms = performance.now() - started;
        const output = run.stdout + run.stderr;
        const problems = [
          ![0, 1, 2].includes(run.code ?? -1) && `exit ${run.code}`,
          hasCrashOutput(run.stderr) && `crashed: ${run.stderr.slice(0, 300)}`,
          output.includes(outsideMarker) && 'printed a file from outside the root',
          output.includes(gitConfigMarker) && 'printed .git/config',
          ms > maxMs && `took ${Math.round(ms)} ms`,
        ].filter(Boolean);
        if (problems.length > 0) failures.push(`case ${index} drydock ${args.join(' ')}: ${problems.join('; ')} [${steps.join(' | ')}]`);
      }
    }
    expect(failures).toEqual([]);
  }, 600_000);
});
