import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtAction, repoRoot } from '../helpers/shared.js';
import { defined, itemAt } from '../helpers/item-at.js';

const actionJs = builtAction;

interface ActionRun {
  code: number | null;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
  dir: string;
}

/** Runs the bundled Action as the runner would: inputs in INPUT_*, outputs and summary in files. */
function runAction(inputs: Record<string, string>, cwd = repoRoot, extraEnv: Record<string, string> = {}): ActionRun {
  const dir = mkdtempSync(path.join(tmpdir(), 'drydock-action-'));
  const outputFile = path.join(dir, 'output');
  const summaryFile = path.join(dir, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  // a test run inside GitHub Actions must not hand its own inputs or files to the child
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(INPUT_|GITHUB_|RUNNER_)/.test(key)));
  const env: Record<string, string | undefined> = { ...inherited, GITHUB_WORKSPACE: cwd, GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, RUNNER_TEMP: dir, ...extraEnv };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const result = spawnSync(process.execPath, [actionJs], { cwd, env, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, outputs: parseOutputs(readFileSync(outputFile, 'utf8')), summary: readFileSync(summaryFile, 'utf8'), dir };
}

function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const match of text.matchAll(/^([\w-]+)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n?\2$/gm)) outputs[itemAt(match, 1)] = itemAt(match, 3);
  return outputs;
}

const annotationsOf = (stdout: string) => stdout.split('\n').filter((line) => /^::(error|warning|notice) /.test(line));

const podWithoutProbe = (name: string, extra = '') =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  containers:\n    - name: web\n      image: example/web:1.0\n${extra}`;

function tempProject(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'drydock-action-project-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('the bundled GitHub Action (built like dist/action.js)', () => {
  it('annotates the demo, errors first, and sets the outputs and the job summary', () => {
    const run = runAction({ paths: 'fixtures/demo', command: 'lint' });
    expect(run.code).toBe(1);
    const annotations = annotationsOf(run.stdout);
    expect(annotations.filter((a) => a.startsWith('::error '))).toHaveLength(7);
    expect(annotations.filter((a) => a.startsWith('::warning '))).toHaveLength(8);
    const firstWarning = annotations.findIndex((a) => a.startsWith('::warning '));
    expect(annotations.slice(0, firstWarning).every((a) => a.startsWith('::error '))).toBe(true);
    expect(annotations).toContain(
      '::error file=fixtures/demo/web.yaml,line=10,col=13,endLine=10,endColumn=16,title=schema::spec.replicas: expected integer, got string "3"',
    );
    expect(run.stdout).not.toMatch(/more findings? (was|were) not annotated/);
    expect(run.outputs).toEqual({ 'error-count': '7', 'warning-count': '8', 'sarif-file': '' });
    expect(run.summary).toMatch(/^## drydock lint\n\n\*\*drydock\*\* found 7 errors and 8 warnings in 5 of 6 files\.\n/);
    expect(run.summary).toContain('#### `fixtures/demo/web.yaml`');
    expect(run.summary).toContain('[readiness-probe-missing](https://github.com/drydock-dev/drydock/blob/main/docs/rules/readiness-probe-missing.md)');
    expect(run.stdout + run.summary).not.toContain('hunter2');
  });

  it('keeps to 10 annotations per severity and says how many more there are', () => {
    const pods = Array.from({ length: 12 }, (_, i) => podWithoutProbe(`p${i}`, '      colour: blue\n')).join('---\n');
    const dir = tempProject({ 'pods.yaml': pods });
    const run = runAction({ paths: '.', command: 'lint' }, dir);
    const annotations = annotationsOf(run.stdout);
    expect(annotations.filter((a) => a.startsWith('::error '))).toHaveLength(10);
    expect(annotations.filter((a) => a.startsWith('::warning '))).toHaveLength(10);
    const total = Number(run.outputs['error-count']) + Number(run.outputs['warning-count']);
    expect(Number(run.outputs['error-count'])).toBe(12);
    expect(annotations.at(-1)).toBe(
      `::notice title=drydock::${total - 20} more findings were not annotated (GitHub shows 10 errors, 10 warnings and 10 notices per step); the job summary and this step's log list them all.`,
    );
    expect(annotations.findIndex((a) => a.startsWith('::warning '))).toBe(10);
  });

  it('fails the step as fail-on says', () => {
    const warningsOnly = tempProject({ 'pod.yaml': podWithoutProbe('p') });
    expect(runAction({ paths: '.', 'fail-on': 'error' }, warningsOnly).code).toBe(0);
    expect(runAction({ paths: '.', 'fail-on': 'warning' }, warningsOnly).code).toBe(1);
    expect(runAction({ paths: 'fixtures/demo', 'fail-on': 'error' }).code).toBe(1);
    expect(runAction({ paths: 'fixtures/demo', 'fail-on': 'never' }).code).toBe(0);
  });

  it('validates only what the API server would reject, and annotates nothing when asked not to', () => {
    const run = runAction({ paths: 'fixtures/demo', command: 'validate', annotations: 'false' });
    expect(run.code).toBe(1);
    expect(annotationsOf(run.stdout)).toEqual([]);
    expect(run.outputs['warning-count']).toBe('0');
    expect(run.summary).toMatch(/^## drydock validate\n/);
  });

  it('plans against a live dump: the plan in the log and the summary, the JSON in plan-json', () => {
    const run = runAction({ paths: 'fixtures/plan/shop', command: 'plan', base: 'fixtures/plan/live/cluster-dump.yaml' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Plan: 0 to create, 1 to update, 0 to replace, 0 to delete.');
    expect(run.summary).toMatch(/^## Plan: 0 to create, 1 to update, 0 to replace, 0 to delete\./);
    const plan = JSON.parse(readFileSync(defined(run.outputs['plan-json'], 'the plan-json output'), 'utf8')) as { version: number; summary: { update: number } };
    expect(plan).toMatchObject({ version: 1, summary: { update: 1 } });
    expect(run.stdout + run.summary).not.toContain('plan-marker-password-7f3a');
  });

  it('plans against origin/<base branch> on a pull request, and without a base when the checkout lacks it', () => {
    const run = runAction({ paths: 'fixtures/plan/shop', command: 'plan' }, repoRoot, { GITHUB_BASE_REF: 'no-such-branch-here' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('::warning title=drydock plan::the base branch origin/no-such-branch-here is not in the checkout');
    expect(run.summary).toMatch(/^## Plan: 6 to create/);
  });

  it('fails a plan with validation errors and summarises why', () => {
    const run = runAction({ paths: 'fixtures/demo', command: 'plan' });
    expect(run.code).toBe(1);
    expect(run.summary).toMatch(/^## drydock plan: not made/);
    expect(run.outputs['error-count']).toBe('7');
  });

  it('exits 2 with an ::error:: line for a bad input or a missing path', () => {
    const badFailOn = runAction({ paths: 'fixtures/demo', 'fail-on': 'sometimes' });
    expect(badFailOn.code).toBe(2);
    expect(badFailOn.stdout).toMatch(/^::error::drydock: input fail-on must be one of error, warning, never/);
    const missing = runAction({ paths: 'no/such/dir' });
    expect(missing.code).toBe(2);
    expect(missing.stdout).toMatch(/^::error::drydock: /m);
  });

  it('writes SARIF where sarif-file says and names it in the outputs', () => {
    const dir = tempProject({ 'pod.yaml': podWithoutProbe('p', '      colour: blue\n') });
    const run = runAction({ paths: '.', 'sarif-file': 'reports/drydock.sarif' }, dir);
    expect(run.code).toBe(1);
    expect(run.outputs['sarif-file']).toBe('reports/drydock.sarif');
    const sarif = JSON.parse(readFileSync(path.join(dir, 'reports/drydock.sarif'), 'utf8')) as { version: string; runs: { results: unknown[] }[] };
    expect(sarif.version).toBe('2.1.0');
    expect(itemAt(sarif.runs, 0).results.length).toBe(Number(run.outputs['error-count']) + Number(run.outputs['warning-count']));
  });
});
