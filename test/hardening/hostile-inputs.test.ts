import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/shared.js';
import { describeRun, hasCrashOutput, ruleIdsByFile, runMeasured, startMeasured, workMs, type MeasuredRun } from './run-measured.js';
import { itemAt } from '../helpers/item-at.js';

// The budget is 2 s of CPU and 500 MB per input on a quiet machine; the limits leave 10x room
// (CPU time, not wall time: see workMs), and the log line gives the measured numbers.
const maxMs = 20_000;
const maxRssMb = 1000;
const configMap = (i: number) => `---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c${i}\ndata:\n  key: value\n`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'drydock-hostile-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}

/** Asserts the contract for content problems: exit 0 or 1, no crash, inside the time and memory budget. */
function expectHandled(run: MeasuredRun, label: string): void {
  console.log(describeRun(label, run));
  expect(run.signal, 'killed by the timeout').toBeNull();
  expect([0, 1]).toContain(run.code);
  expect(hasCrashOutput(run.stderr), run.stderr).toBe(false);
  expect(workMs(run)).toBeLessThan(maxMs);
  if (run.rssMb !== undefined) expect(run.rssMb).toBeLessThan(maxRssMb);
}

describe('hostile inputs through the built CLI: bounded time and memory, never a crash', () => {
  it.each([
    ['flow sequences', `data: ${'['.repeat(10_000)}${']'.repeat(10_000)}`],
    ['flow mappings', `data: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}`],
    ['block sequences', `data:\n  x: ${'- '.repeat(10_000)}x`],
  ])('refuses 10,000-deep %s', (label, body) => {
    const file = write(`deep-${label.replace(' ', '-')}.yaml`, `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: d}\n${body}\n`);
    const run = runMeasured(['validate', '-f', 'json', file]);
    expectHandled(run, `10,000-deep ${label}`);
    expect(run.code).toBe(1);
    expect(ruleIdsByFile(run).get(path.basename(file))?.some((id) => id.startsWith('yaml/'))).toBe(true);
  });

  it('refuses an alias bomb', () => {
    const levels = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 30; i++) levels.push(`a${i}: &a${i} [*a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}]`);
    const file = write('bomb.yaml', `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: b}\ndata:\n${levels.map((l) => `  ${l}`).join('\n')}\n`);
    for (const command of ['validate', 'lint']) {
      const run = runMeasured([command, '-f', 'json', file]);
      expectHandled(run, `alias bomb (${command})`);
      expect(ruleIdsByFile(run).get('bomb.yaml')).toContain('yaml/alias-limit');
    }
  });

  it('runs a backtracking pattern on 1 MB and a cubic CEL rule on 5,000 items from a CRD in bounded time', () => {
    const crd = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: traps.example.io}
spec:
  group: example.io
  scope: Namespaced
  names: {kind: Trap, plural: traps}
  versions:
  - name: v1
    served: true
    storage: true
    schema:
      openAPIV3Schema:
        type: object
        properties:
          spec:
            type: object
            properties:
              text: {type: string, pattern: '^(a+)+$'}
              items:
                type: array
                items: {type: integer}
                x-kubernetes-validations:
                - rule: "self.all(x, self.all(y, self.all(z, x + y + z >= 0)))"
`;
    const trap = { apiVersion: 'example.io/v1', kind: 'Trap', metadata: { name: 't' }, spec: { text: `${'a'.repeat(1 << 20)}!`, items: Array.from({ length: 5000 }, (_, i) => i) } };
    const file = write('redos-and-cubic-cel.yaml', `${crd}---\n${JSON.stringify(trap)}\n`);
    const run = runMeasured(['validate', '-f', 'json', file]);
    expectHandled(run, 'ReDoS pattern and cubic CEL rule');
    expect(run.code).toBe(1);
    const messages = itemAt(JSON.parse(run.stdout) as { messages: { message: string }[] }[], 0).messages.map((m) => m.message);
    expect(messages.some((m) => m.includes('does not match the pattern'))).toBe(true);
    expect(messages.some((m) => m.includes('call cost exceeds limit'))).toBe(true);
    expect(messages.some((m) => m.includes('estimated rule cost exceeds budget'))).toBe(true);
  });

  it('refuses a 50 MB file by its size without reading it', () => {
    const file = write('huge.yaml', configMap(0).repeat(Math.ceil((50 << 20) / configMap(0).length)));
    const run = runMeasured(['validate', '-f', 'json', file]);
    expectHandled(run, '50 MB file');
    expect(ruleIdsByFile(run).get('huge.yaml')).toEqual(['yaml/too-large']);
  });

  it('reads a file of a million lines (125,000 ConfigMaps)', () => {
    const docs: string[] = [];
    for (let i = 0; docs.length * 7 < 1_000_000; i++) docs.push(configMap(i));
    const file = write('million.yaml', docs.join(''));
    const run = runMeasured(['validate', '-f', 'json', file], { timeoutMs: 120_000 });
    expectHandled(run, '1,000,000 lines');
    expect(run.code).toBe(0);
  }, 150_000);

  it.each([
    ['binary.yaml', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3, 0xff, 0xfe]), 'yaml/binary'],
    ['latin1.yaml', Buffer.from('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: caf\xe9}\n', 'latin1'), 'yaml/not-utf8'],
  ])('refuses %s with %s', (name, content, ruleId) => {
    write(name, content);
    const run = runMeasured(['validate', '-f', 'json', path.join(dir, name)]);
    expectHandled(run, name);
    expect(run.code).toBe(1);
    expect(ruleIdsByFile(run).get(name)).toEqual([ruleId]);
  });

  it('reads UTF-16 with a BOM and CRLF line endings at the same positions as plain UTF-8', () => {
    const text = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  ports:\n    - port: 70000\n';
    write('plain.yaml', text);
    write('crlf.yaml', text.replace(/\n/g, '\r\n'));
    write('utf16.yaml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replace(/\n/g, '\r\n'), 'utf16le')]));
    const run = runMeasured(['validate', '-f', 'json', 'plain.yaml', 'crlf.yaml', 'utf16.yaml'], { cwd: dir });
    expectHandled(run, 'UTF-16 and CRLF');
    const results = JSON.parse(run.stdout) as { messages: { ruleId: string; line: number; column: number }[] }[];
    const positions = results.map((r) => r.messages.map((m) => `${m.ruleId} ${m.line}:${m.column}`));
    expect(positions[0]).toEqual(['api/service-ports 7:13']);
    expect(positions[1]).toEqual(positions[0]);
    expect(positions[2]).toEqual(positions[0]);
  });

  it('walks a directory with symlink loops, and skips a FIFO inside it without blocking', () => {
    const root = path.join(dir, 'loops');
    write('loops/ok.yaml', configMap(1));
    symlinkSync(root, path.join(root, 'again'));
    symlinkSync(path.join(root, 'self.yaml'), path.join(root, 'self.yaml'));
    symlinkSync(path.join(root, 'b.yaml'), path.join(root, 'a.yaml'));
    symlinkSync(path.join(root, 'a.yaml'), path.join(root, 'b.yaml'));
    execFileSync('mkfifo', [path.join(root, 'pipe.yaml')]);
    const run = runMeasured(['validate', '-f', 'json', root], { timeoutMs: 20_000 });
    expectHandled(run, 'symlink loops and a FIFO in a directory');
    expect([...ruleIdsByFile(run).keys()]).toEqual(['ok.yaml']);
  });

  // A FIFO named on the command line is read like a pipe (as `drydock validate <(helm template …)`
  // needs): the run waits for a writer and reads until it closes, within the size limit.
  it('reads a FIFO named on the command line once a writer sends a manifest', async () => {
    const fifo = path.join(dir, 'named.yaml');
    execFileSync('mkfifo', [fifo]);
    const pending = startMeasured(['validate', '-f', 'json', fifo], { timeoutMs: 20_000 });
    await writeFile(fifo, 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  ports: [{port: 0}]\n');
    const run = await pending;
    expectHandled(run, 'FIFO on the command line');
    expect(run.code).toBe(1);
    expect(ruleIdsByFile(run).get('named.yaml')).toContain('api/service-ports');
  });

  it('stops reading a device that never ends at the size limit', () => {
    const run = runMeasured(['validate', '-f', 'json', '/dev/zero']);
    expectHandled(run, '/dev/zero');
    expect(ruleIdsByFile(run).get('zero')).toEqual(['yaml/too-large']);
  });

  it('prints no process warning for a collection used as a mapping key', () => {
    const file = write('complex-key.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  ? [a, b]\n  : x\n  y: &a z\n');
    const run = runMeasured(['validate', file]);
    expectHandled(run, 'collection key');
    expect(run.stderr).toBe('');
  });

  // 20,000 files here keeps `npm test` quick; DRYDOCK_HARDENING_FILES=100000 runs the full size
  const fileCount = Number(process.env.DRYDOCK_HARDENING_FILES ?? 20_000);
  it(`validates a directory of ${fileCount} tiny files`, () => {
    const root = path.join(dir, 'many');
    for (let group = 0; group * 1000 < fileCount; group++) {
      mkdirSync(path.join(root, `g${group}`), { recursive: true });
      for (let i = group * 1000; i < Math.min(fileCount, (group + 1) * 1000); i++) writeFileSync(path.join(root, `g${group}`, `f${i}.yaml`), configMap(i));
    }
    const run = runMeasured(['validate', '-f', 'json', root], { timeoutMs: 120_000 });
    expectHandled(run, `${fileCount} files`);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toHaveLength(fileCount);
  }, 180_000);
});

describe('hostile fixtures through lint and plan', () => {
  it('lints every hostile fixture without a crash', () => {
    const run = runMeasured(['lint', '-f', 'json', 'fixtures/hostile'], { cwd: repoRoot });
    expectHandled(run, 'lint fixtures/hostile');
    expect(run.code).toBe(1);
  });

  it('plans the hostile fixtures, as the input and as the base, without a crash', () => {
    for (const format of ['text', 'json', 'markdown']) {
      const run = runMeasured(['plan', '--force', '-f', format, 'fixtures/hostile', '--base', 'fixtures/hostile'], { cwd: repoRoot });
      expectHandled(run, `plan -f ${format} fixtures/hostile --base fixtures/hostile`);
    }
    const asBase = runMeasured(['plan', '-f', 'json', 'fixtures/plan/shop', '--base', 'fixtures/hostile'], { cwd: repoRoot });
    expectHandled(asBase, 'plan --base fixtures/hostile');
    expect(asBase.code).toBe(0);
  });

  it.each([
    ['alias-bomb.yaml', 'yaml/alias-limit'],
    ['binary.yaml', 'yaml/binary'],
    ['deep-nesting.yaml', 'yaml/too-deep'],
    ['invalid-utf8.yaml', 'yaml/not-utf8'],
    ['duplicate-key.yaml', 'yaml/duplicate-key'],
  ])('reports a hostile --cluster file (%s) as %s, exit 1', (name, ruleId) => {
    const run = runMeasured(['plan', '-f', 'json', 'fixtures/plan/shop', '--cluster', `fixtures/hostile/${name}`], { cwd: repoRoot });
    expectHandled(run, `plan --cluster ${name}`);
    expect(run.code).toBe(1);
    expect((JSON.parse(run.stdout) as { diagnostics: { ruleId: string }[] }).diagnostics.map((d) => d.ruleId)).toContain(ruleId);
  });
});
