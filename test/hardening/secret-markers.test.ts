import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtAction, repoRoot } from '../helpers/shared.js';
import { runMain } from '../helpers/run-main.js';

// Every Secret value in fixtures/secrets is a unique marker; none may appear in any output, in
// any of the forms a leak could take: as written, base64-encoded, or decoded from base64.
const markers = readFileSync(path.join(repoRoot, 'fixtures/secrets/markers.txt'), 'utf8').split('\n').filter(Boolean);
const forms = markers.flatMap((marker) => [marker, Buffer.from(marker).toString('base64'), Buffer.from(marker).toString('base64').replace(/=+$/, '')]);
const desired = 'fixtures/secrets/desired';
const dump = 'fixtures/secrets/live-dump.yaml';

function leaks(text: string): string[] {
  return forms.filter((form) => text.includes(form));
}

describe('Secret values never reach any output', () => {
  it('sees every marker in the fixtures themselves, so a leak would be caught', () => {
    const inputs = readFileSync(path.join(repoRoot, desired, 'secrets.yaml'), 'utf8') + readFileSync(path.join(repoRoot, dump), 'utf8');
    for (const marker of markers) expect(leaks(inputs).some((form) => form === marker || Buffer.from(marker).toString('base64').startsWith(form))).toBe(true);
  });

  it.each(['stylish', 'json', 'sarif', 'junit', 'github', 'markdown'])('lint and validate, --format %s', async (format) => {
    for (const command of ['lint', 'validate']) {
      const run = await runMain([command, desired, '-f', format]);
      expect(run.code).toBe(1);
      expect(leaks(run.stdout + run.stderr)).toEqual([]);
    }
  });

  it.each(['text', 'json', 'markdown', 'diff'])('plan against a live dump whose last-applied holds old values, --format %s', async (format) => {
    const run = await runMain(['plan', desired, '--base', dump, '--force', '-f', format]);
    expect(run.stdout).toContain('STRIPE_KEY');
    expect(leaks(run.stdout + run.stderr)).toEqual([]);
  });

  it('the Action: annotations, log, job summary, SARIF and plan JSON', () => {
    for (const inputs of [{ command: 'lint', 'sarif-file': 'out.sarif' }, { command: 'plan', base: dump }]) {
      const dir = mkdtempSync(path.join(tmpdir(), 'drydock-secret-action-'));
      const output = path.join(dir, 'output');
      const summary = path.join(dir, 'summary');
      writeFileSync(output, '');
      writeFileSync(summary, '');
      const env: Record<string, string> = { PATH: process.env.PATH ?? '', GITHUB_WORKSPACE: repoRoot, GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary, RUNNER_TEMP: dir, INPUT_PATHS: desired };
      for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = name === 'sarif-file' ? path.join(dir, value) : value;
      const run = spawnSync(process.execPath, [builtAction], { cwd: repoRoot, env, encoding: 'utf8', timeout: 60_000 });
      const written = [output, summary, path.join(dir, 'out.sarif'), path.join(dir, 'drydock-plan.json')].filter(existsSync).map((file) => readFileSync(file, 'utf8'));
      expect(written.join('\n')).not.toBe('');
      expect(leaks([run.stdout, run.stderr, ...written].join('\n'))).toEqual([]);
    }
  });
});
