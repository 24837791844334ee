import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { firstItems } from '../helpers/item-at.js';

describe('drydock validate (the built CLI)', () => {
  it('reports the demo mistakes in ESLint stylish form and exits 1', () => {
    const run = runCli(['validate', 'fixtures/demo']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('fixtures/demo/web.yaml\n  10:13  error  spec.replicas: expected integer, got string "3"');
    expect(run.stdout).toContain('unknown field "limit" (did you mean "limits"?)');
    expect(run.stdout).toContain('policy/v1beta1 PodDisruptionBudget was removed in Kubernetes 1.25; use policy/v1');
    expect(run.stdout).toMatch(/✖ 7 problems \(7 errors, 0 warnings\)/);
  });

  it('never prints a Secret value', () => {
    for (const format of ['stylish', 'json']) {
      const run = runCli(['validate', 'fixtures/demo', '-f', format]);
      expect(run.stdout).not.toContain('hunter2');
      expect(run.stdout).not.toContain('c2VjcmV0LXRva2Vu');
    }
  });

  it('writes ESLint JSON with one entry per file, clean files included', () => {
    const run = runCli(['validate', 'fixtures/demo', '-f', 'json']);
    const results = JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string; line: number; column: number; severity: number }[]; errorCount: number; warningCount: number }[];
    expect(results.map((r) => path.basename(r.filePath))).toEqual(['config.yaml', 'jobs.yaml', 'namespace.yaml', 'policies.yaml', 'redis.yaml', 'web.yaml']);
    expect(results.every((r) => path.isAbsolute(r.filePath))).toBe(true);
    const web = results.find((r) => r.filePath.endsWith('web.yaml'))!;
    expect(web.errorCount).toBe(3);
    expect(web.messages[0]).toMatchObject({ ruleId: 'schema', severity: 2, line: 10, column: 13, endLine: 10, endColumn: 16 });
  });

  it('exits 0 on valid manifests and says only what it checked', () => {
    const run = runCli(['validate', 'fixtures/valid']);
    expect(run).toMatchObject({ code: 0, stdout: '\u2714 1 file, 2 objects checked\n', stderr: '' });
  });

  it('reads standard input', () => {
    const run = runCli(['validate', '-'], { input: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  ports:\n  - port: 0\n' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('<stdin>\n  7:11');
  });

  it('validates against an older Kubernetes version on request', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'drydock-')), 'fs.yaml');
    writeFileSync(file, 'apiVersion: flowcontrol.apiserver.k8s.io/v1beta3\nkind: PriorityLevelConfiguration\nmetadata:\n  name: p\nspec:\n  type: Exempt\n');
    expect(runCli(['validate', '-k', '1.28', file]).code).toBe(0);
    const newest = runCli(['validate', file]);
    expect(newest.code).toBe(1);
    expect(newest.stdout).toContain('removed in Kubernetes 1.32');
  });

  it('shows only errors with --quiet, and fails on too many warnings', () => {
    expect(runCli(['validate', 'fixtures/hostile/unknown-kind.yaml'])).toMatchObject({ code: 0 });
    expect(runCli(['validate', '--quiet', 'fixtures/hostile/unknown-kind.yaml']).stdout).toBe('');
    expect(runCli(['validate', '--max-warnings', '0', 'fixtures/hostile/unknown-kind.yaml']).code).toBe(1);
  });

  it('writes to --output and refuses to overwrite an input', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'drydock-'));
    const out = path.join(dir, 'report.json');
    expect(runCli(['validate', 'fixtures/valid', '-f', 'json', '-o', out]).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveLength(1);
    const input = path.join(dir, 'in.yaml');
    writeFileSync(input, 'apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n');
    const run = runCli(['validate', input, '-o', input]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('refusing to write the report over the input file');
    expect(readFileSync(input, 'utf8')).toContain('kind: Namespace');
  });

  it.each([
    [['validate', 'does-not-exist.yaml'], 'no such file or directory: does-not-exist.yaml'],
    [['validate', 'fixtures/valid', '-f', 'xml'], 'unknown format "xml"'],
    [['validate', 'fixtures/valid', '-k', '1.12'], 'Kubernetes version "1.12" is not bundled'],
    [['validate', 'fixtures/valid', '-c', 'missing.yaml'], 'config file not found'],
    [['validate', '--max-warnings', 'many', 'fixtures/valid'], '--max-warnings takes a whole number'],
    [['frobnicate'], "unknown command 'frobnicate'"],
  ])('exits 2 with a clear message for %j', (args, message) => {
    const run = runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('prints help and version', () => {
    expect(runCli(['--help'])).toMatchObject({ code: 0 });
    expect(runCli(['--version']).stdout.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });
});

describe('hostile input through the built CLI', () => {
  it.each([
    ['alias-bomb.yaml', 'yaml/alias-limit', '1:1'],
    ['binary.yaml', 'yaml/binary', '1:1'],
    ['deep-nesting.yaml', 'yaml/too-deep', '4:262'],
    ['duplicate-key.yaml', 'yaml/duplicate-key', '7:3'],
    ['invalid-utf8.yaml', 'yaml/not-utf8', '4:9'],
    ['tab-indent.yaml', 'yaml/tab-indent', '4:1'],
    ['broken-syntax.yaml', 'yaml/bad-indent', '7:1'],
    ['crlf.yaml', 'api/service-ports', '7:13'],
  ])('%s gives %s at %s and exit 1, without a stack trace', (file, ruleId, position) => {
    const started = Date.now();
    const run = runCli(['validate', '-f', 'json', `fixtures/hostile/${file}`]);
    // a start-up and a small file: about half a second on a quiet runner (CPU limits on large
    // hostile inputs are in test/hardening)
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const [result] = firstItems(JSON.parse(run.stdout) as { messages: { ruleId: string; line: number; column: number }[] }[], 1);
    expect(result.messages.map((m) => `${m.ruleId} ${m.line}:${m.column}`)).toContain(`${ruleId} ${position}`);
  });

  it('reads UTF-16 files with a byte-order mark', () => {
    expect(runCli(['validate', 'fixtures/hostile/utf16-bom.yaml'])).toMatchObject({ code: 0, stdout: '\u2714 1 file, 1 object checked\n' });
  });

  it('checks every other file when some are broken', () => {
    const run = runCli(['validate', '-f', 'json', 'fixtures/hostile', 'fixtures/valid']);
    const results = JSON.parse(run.stdout) as { filePath: string }[];
    expect(results).toHaveLength(11);
    expect(run.code).toBe(1);
  });
});

describe('documents without apiVersion and kind (the built CLI)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'drydock-untyped-'));
  writeFileSync(path.join(dir, 'settings.yaml'), 'replicas: 3\nimage: example/web\n');

  it('are an error in a file the command line names, and on standard input, as kubectl has it', () => {
    for (const run of [runCli(['validate', 'settings.yaml'], { cwd: dir }), runCli(['validate', '-'], { cwd: dir, input: 'replicas: 3\n' })]) {
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/1:1 {2}error {2}apiVersion not set, kind not set.* {2}schema/);
    }
  });

  it('stay a note in a folder walk, and with --allow-untyped (which the pre-commit hooks pass)', () => {
    // a folder holding nothing but such documents is a usage error (tested in test/cli/run-summary.test.ts)
    writeFileSync(path.join(dir, 'config-map.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n');
    for (const args of [['validate', '.'], ['validate', '--allow-untyped', 'settings.yaml'], ['lint', '--allow-untyped', 'settings.yaml']]) {
      const run = runCli(args, { cwd: dir });
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('skipped: not a Kubernetes object (no apiVersion or kind)');
    }
    const hooks = readFileSync(path.join(import.meta.dirname, '..', '..', '.pre-commit-hooks.yaml'), 'utf8');
    expect(hooks.match(/entry: drydock (lint|validate) --allow-untyped/g)).toHaveLength(2);
  });
});
