import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtAction } from '../helpers/shared.js';

const actionJs = builtAction;
const base = realpathSync(mkdtempSync(path.join(tmpdir(), 'drydock-action-writes-')));
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** Runs the Action, built from the current source, on a checkout whose files a pull request controls. */
function runAction(checkout: string, inputs: Record<string, string>): { code: number | null; stdout: string } {
  const runner = mkdtempSync(path.join(base, 'runner-'));
  writeFileSync(path.join(runner, 'output'), '');
  writeFileSync(path.join(runner, 'summary'), '');
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(INPUT_|GITHUB_|RUNNER_)/.test(key)));
  const env: Record<string, string | undefined> = { ...inherited, GITHUB_WORKSPACE: checkout, GITHUB_OUTPUT: path.join(runner, 'output'), GITHUB_STEP_SUMMARY: path.join(runner, 'summary'), RUNNER_TEMP: runner };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const result = spawnSync(process.execPath, [actionJs], { cwd: checkout, env, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout };
}

describe('what the Action writes stays where it should', () => {
  const checkout = path.join(base, 'checkout');
  const victim = path.join(base, 'victim.txt');
  const elsewhere = path.join(base, 'elsewhere');
  mkdirSync(checkout);
  mkdirSync(elsewhere);
  spawnSync('git', ['init', '-q'], { cwd: checkout });
  writeFileSync(path.join(checkout, 'ns.yaml'), 'apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n');
  writeFileSync(victim, 'precious');
  symlinkSync(victim, path.join(checkout, 'drydock.sarif'));
  symlinkSync(elsewhere, path.join(checkout, 'reports'));

  it('refuses a sarif-file that is a link, leaving its target alone', () => {
    const run = runAction(checkout, { paths: 'ns.yaml', command: 'validate', 'sarif-file': 'drydock.sarif' });
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/::error::drydock: refusing to write .*drydock\.sarif: it is a link/);
    expect(readFileSync(victim, 'utf8')).toBe('precious');
  });

  it('refuses a sarif-file below a linked folder that leads out of the checkout, creating nothing there', () => {
    const run = runAction(checkout, { paths: 'ns.yaml', command: 'validate', 'sarif-file': 'reports/new/drydock.sarif' });
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/its folder is a link that leads outside the root/);
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it('refuses a sarif-file that is one of the inputs', () => {
    const run = runAction(checkout, { paths: 'ns.yaml', command: 'validate', 'sarif-file': 'ns.yaml' });
    expect(run.code).toBe(2);
    expect(readFileSync(path.join(checkout, 'ns.yaml'), 'utf8')).toContain('kind: Namespace');
  });

  it('still writes a new sarif-file in a new folder of the checkout', () => {
    const run = runAction(checkout, { paths: 'ns.yaml', command: 'validate', 'sarif-file': 'out/drydock.sarif' });
    expect(run.code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(checkout, 'out', 'drydock.sarif'), 'utf8'))).toHaveProperty('version', '2.1.0');
  });
});
