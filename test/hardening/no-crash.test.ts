import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeRun, hasCrashOutput, ruleIdsByFile, runMeasured, startMeasured, workMs, type MeasuredRun } from './run-measured.js';

// Inputs that used to end in a stack trace; each must now be a diagnostic and exit 1. The budget
// on a quiet machine is a few seconds of CPU (6 s for 200,000 findings) and a few hundred MB; the
// limits leave 10x room (CPU time, not wall time: see workMs).
const maxMs = 60_000;
const maxRssMb = 1000;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'drydock-no-crash-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

function expectFindings(run: MeasuredRun, label: string): void {
  console.log(describeRun(label, run));
  expect(run.signal, 'killed by the timeout').toBeNull();
  expect(hasCrashOutput(run.stderr), run.stderr.slice(0, 2000)).toBe(false);
  expect(run.code).toBe(1);
  expect(workMs(run)).toBeLessThan(maxMs);
  if (run.rssMb !== undefined) expect(run.rssMb).toBeLessThan(maxRssMb);
}

describe('inputs that used to crash end in a diagnostic and exit 1', () => {
  it('reads a 10 MB double-quoted string (the open-quote scan overflowed the stack)', () => {
    const file = write('quoted.yaml', `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: q}\ndata:\n  k: "${'a'.repeat(10 << 20)}"\n`);
    const run = runMeasured(['lint', '-f', 'json', file]);
    expectFindings(run, '10 MB quoted string');
    expect(ruleIdsByFile(run).get('quoted.yaml')).toContain('api/config-map-data');
  });

  it('prints 200,000 findings of one file in the stylish format (Math.max(...rows) overflowed the stack)', () => {
    const keys: string[] = [];
    for (let i = 0; i < 200_000; i++) keys.push(`  "bad key ${i}": v`);
    const file = write('keys.yaml', `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: k}\ndata:\n${keys.join('\n')}\n`);
    const run = runMeasured(['validate', '-f', 'stylish', file], { timeoutMs: 120_000 });
    expectFindings(run, '200,000 findings, stylish');
    expect(run.stdout).toContain('200001 problems');
  }, 150_000);

  it('lints a Pod of 100,000 containers in linear time (positions walked every sibling: 53 s of CPU before)', () => {
    const containers: string[] = [];
    for (let i = 0; i < 100_000; i++) containers.push(`  - name: c${i}\n    image: nginx\n`);
    const file = write('containers.yaml', `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n${containers.join('')}`);
    const run = runMeasured(['lint', '-f', 'json', file], { timeoutMs: 120_000 });
    console.log(describeRun('100,000 containers', run));
    expect(run.signal, 'killed by the timeout').toBeNull();
    expect(hasCrashOutput(run.stderr)).toBe(false);
    expect(run.code).toBe(0);
    expect(workMs(run)).toBeLessThan(60_000);
    expect(ruleIdsByFile(run).get('containers.yaml')).toHaveLength(500_000);
  }, 150_000);

  it('refuses 300 MB on stdin at the file size limit, without buffering it all', async () => {
    const chunk = Buffer.alloc(1 << 20, 'a');
    const feed = (stdin: Writable) => {
      let sent = 0;
      const more = () => {
        while (sent < 300) {
          sent++;
          if (!stdin.write(chunk)) return void stdin.once('drain', more);
        }
        stdin.end();
      };
      stdin.once('close', () => (sent = 300));
      more();
    };
    const run = await startMeasured(['validate', '-f', 'json', '-'], { feed, timeoutMs: 60_000 });
    expectFindings(run, '300 MB on stdin');
    expect(ruleIdsByFile(run).get('<stdin>')).toEqual(['yaml/too-large']);
  }, 90_000);

  it('refuses binary bytes on stdin as it refuses a binary file', async () => {
    const run = await startMeasured(['validate', '-f', 'json', '-'], { feed: (stdin) => stdin.end(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2])) });
    expectFindings(run, 'binary stdin');
    expect(ruleIdsByFile(run).get('<stdin>')).toEqual(['yaml/binary']);
  });
});

describe('inputs that used to take minutes through the built CLI', () => {
  it('lints a hostPath of 200 KB of slashes (the trailing-slash regex took 55 s)', () => {
    const file = write('hostpath.yaml', `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: c, image: "nginx:1.0", volumeMounts: [{name: v, mountPath: /m}]}]\n  volumes:\n  - name: v\n    hostPath:\n      path: ${'/'.repeat(200_000)}x\n`);
    const run = runMeasured(['lint', '-f', 'json', file]);
    console.log(describeRun('200 KB hostPath', run));
    expect(hasCrashOutput(run.stderr)).toBe(false);
    expect(run.code).toBe(0);
    expect(workMs(run)).toBeLessThan(10_000);
    expect(ruleIdsByFile(run).has('hostpath.yaml')).toBe(true);
  });

  it('reads a file without extension that starts with 30 blank lines (the format sniffing regex was exponential)', () => {
    const file = write('input', `${'\n'.repeat(30)}apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {a: "1"}\n`);
    const run = runMeasured(['validate', '-f', 'json', file]);
    expect(hasCrashOutput(run.stderr)).toBe(false);
    expect(run.code).toBe(0);
    expect(workMs(run)).toBeLessThan(10_000);
  });
});
