import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/shared.js';

// npm run new-rule writes into the repository, so it runs in a copy of what a rule touches, and
// the copy's own consistency test and the new rule's test then run there, in a vitest of their own
const copy = mkdtempSync(path.join(tmpdir(), 'drydock-new-rule-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

beforeAll(() => {
  for (const entry of ['package.json', 'README.md', 'rules', 'src', 'scripts', 'docs', 'fixtures/rules', 'test/helpers', 'test/rules']) {
    cpSync(path.join(repoRoot, entry), path.join(copy, entry), { recursive: true });
  }
  symlinkSync(realpathSync(path.join(repoRoot, 'node_modules')), path.join(copy, 'node_modules'));
});

// the outer run's vitest settings must not reach the inner processes
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_OPTIONS'));

function newRule(...args: string[]) {
  return spawnSync('npm', ['run', '-s', 'new-rule', '--', ...args], { cwd: copy, env, encoding: 'utf8' });
}

describe('npm run new-rule', () => {
  it('writes the five files of a rule and regenerates the registry and docs, all passing the consistency test', () => {
    const run = newRule('widget-annotated');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    for (const file of ['rules/widget-annotated.ts', 'test/rules/widget-annotated.test.ts', 'fixtures/rules/widget-annotated/valid.yaml', 'fixtures/rules/widget-annotated/invalid.yaml', 'docs/rules/widget-annotated.md']) {
      expect(existsSync(path.join(copy, file)), file).toBe(true);
    }
    expect(readFileSync(path.join(copy, 'rules/index.ts'), 'utf8')).toContain("import widgetAnnotated from './widget-annotated.js';");
    expect(readFileSync(path.join(copy, 'docs/rules/README.md'), 'utf8')).toContain('widget-annotated');
    const vitest = path.join(repoRoot, 'node_modules/vitest/vitest.mjs');
    // throws with the inner run's output when a test there fails
    execFileSync(process.execPath, [vitest, 'run', 'test/rules/consistency.test.ts', 'test/rules/widget-annotated.test.ts'], { cwd: copy, env, stdio: 'pipe' });
  }, 120_000);

  it('refuses an id that is not kebab-case, or a rule that exists, with exit 2 and nothing written', () => {
    for (const [id, message] of [['Widget_Rule', /^usage: npm run new-rule <id>/], ['latest-tag', /^rules\/latest-tag\.ts exists/]] as const) {
      const run = newRule(id);
      expect(run.status, id).toBe(2);
      expect(run.stderr).toMatch(message);
    }
    expect(existsSync(path.join(copy, 'rules/Widget_Rule.ts'))).toBe(false);
  });
});
