import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { firstItems, itemAt } from '../helpers/item-at.js';

const podWithoutProbe = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: web\n      image: example/web:1.0\n';

function tempProject(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'drydock-lint-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('drydock lint (the built CLI)', () => {
  it('refuses -j, which only validate honours, instead of ignoring it (exit 2)', () => {
    const run = runCli(['lint', '-j', '2', 'fixtures/valid']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown option '-j'");
  });

  it('reports validation errors and rule findings on the demo', () => {
    const run = runCli(['lint', 'fixtures/demo']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('api/workload-selector');
    expect(run.stdout).toMatch(/warning\s+Container "redis" has no readinessProbe\.\s+readiness-probe-missing/);
    expect(run.stdout).not.toContain('hunter2');
  });

  it('reports Pods that fit no node of the --cluster model, at the responsible field', () => {
    const run = runCli(['lint', 'fixtures/rules/pod-unschedulable/invalid.yaml', '--cluster', 'fixtures/clusters/kind-3-nodes.yaml', '--rule', 'pod-unschedulable=error', '-f', 'json']);
    expect(run.code).toBe(1);
    const [file] = firstItems(JSON.parse(run.stdout) as { messages: { ruleId: string; line: number; message: string }[] }[], 1);
    const found = file.messages.filter((m) => m.ruleId === 'pod-unschedulable');
    expect(found.map((m) => m.line)).toEqual([19, 26]);
    expect(itemAt(found, 0).message).toContain('2 Insufficient cpu.');
    expect(runCli(['lint', 'fixtures/rules/pod-unschedulable/invalid.yaml', '-f', 'json']).stdout).not.toContain('"ruleId":"pod-unschedulable"');
  });

  it('lists the slowest rules on stderr with DRYDOCK_TIMING, leaving the report alone', () => {
    const timed = runCli(['lint', 'fixtures/demo', '-f', 'json'], { env: { DRYDOCK_TIMING: '3' } });
    const plain = runCli(['lint', 'fixtures/demo', '-f', 'json']);
    expect(timed.stdout).toBe(plain.stdout);
    const lines = timed.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Rule +\| Time \(ms\) \| Relative$/);
    // the header, its rule, three rules and the total
    expect(lines).toHaveLength(6);
    expect(lines[2]).toMatch(/^[a-z-]+ +\| +\d+\.\d \| +\d+\.\d%$/);
    expect(lines[5]).toMatch(/^all rules +\| +\d+\.\d \|$/);
    expect(plain.stderr).toBe('');
  });

  it('exits 0 when rules only warn, and 1 with --max-warnings 0', () => {
    const dir = tempProject({ 'pod.yaml': podWithoutProbe });
    expect(runCli(['lint', '-f', 'json', dir, '--rule', 'readiness-probe-missing=warn'])).toMatchObject({ code: 0 });
    expect(runCli(['lint', dir, '--max-warnings', '0', '--rule', 'readiness-probe-missing=warn']).code).toBe(1);
  });

  it('takes rule levels from .drydock.yaml and --rule', () => {
    const dir = tempProject({ 'pod.yaml': podWithoutProbe, '.drydock.yaml': 'rules:\n  readiness-probe-missing: error\n' });
    const json = (args: string[]) => JSON.parse(runCli(['lint', '-f', 'json', ...args], { cwd: dir }).stdout) as { messages: { ruleId: string; severity: number }[] }[];
    expect(itemAt(json(['.']), 0).messages.filter((m) => m.ruleId === 'readiness-probe-missing').map((m) => m.severity)).toEqual([2]);
    expect(itemAt(json(['.', '--rule', 'readiness-probe-missing=off']), 0).messages.filter((m) => m.ruleId === 'readiness-probe-missing')).toEqual([]);
  });

  it('names the config line of an unknown rule and exits 2', () => {
    const dir = tempProject({ 'pod.yaml': podWithoutProbe, '.drydock.yaml': 'kubernetesVersion: "1.30"\nrules:\n  no-such-rule: warn\n' });
    const run = runCli(['lint', '.'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('.drydock.yaml:3: unknown rule "no-such-rule"');
  });
});

describe('drydock rules', () => {
  it('lists every rule with its severity, preset and category', () => {
    const run = runCli(['rules']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/readiness-probe-missing\s+warning\s+recommended\s+reliability\s+Long-running containers declare a readinessProbe\./);
  });

  it('explains one rule, and lists them as JSON', () => {
    expect(runCli(['rules', 'readiness-probe-missing']).stdout).toContain('Why: Without a readiness probe');
    const listed = JSON.parse(runCli(['rules', '--format', 'json']).stdout) as { id: string; docs: string }[];
    expect(listed.find((r) => r.id === 'readiness-probe-missing')?.docs).toMatch(/docs\/rules\/readiness-probe-missing\.md$/);
  });

  it('exits 2 for an unknown rule', () => {
    const run = runCli(['rules', 'nope']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown rule or diagnostic id "nope"');
  });
});

describe('machine formats from the CLI', () => {
  it('describes the rules that fired, and the version, in SARIF', () => {
    const run = runCli(['lint', 'fixtures/demo', '-f', 'sarif']);
    expect(run.code).toBe(1);
    const sarif = JSON.parse(run.stdout) as { runs: { tool: { driver: { semanticVersion?: string; rules: { id: string; helpUri?: string; fullDescription?: { text: string } }[] } } }[] };
    const driver = itemAt(sarif.runs, 0).tool.driver;
    expect(driver.semanticVersion).toMatch(/^\d+\.\d+\.\d+$/);
    const rule = driver.rules.find((r) => r.id === 'readiness-probe-missing');
    expect(rule?.helpUri).toMatch(/docs\/rules\/readiness-probe-missing\.md$/);
    expect(rule?.fullDescription?.text).toContain('readiness probe');
    expect(run.stdout).not.toContain('hunter2');
  });

  it.each(['github', 'markdown', 'junit'])('writes %s without leaking the demo Secret', (format) => {
    const run = runCli(['lint', 'fixtures/demo', '-f', format]);
    expect(run.code).toBe(1);
    expect(run.stdout.length).toBeGreaterThan(100);
    expect(run.stdout).not.toContain('hunter2');
  });
});
