import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { builtCli, repoRoot } from '../helpers/shared.js';
import { itemAt } from '../helpers/item-at.js';

const gnuTime = '/usr/bin/time';
/** Whether GNU time is installed, to measure a run's peak memory and CPU time. */
export const canMeasureRss = existsSync(gnuTime) && spawnSync(gnuTime, ['-f', '%M', 'true']).status === 0;
const rssLine = /^drydock-max-rss-kb=(\d+) drydock-cpu-s=([\d.]+)\+([\d.]+)\n?$/m;
// GNU time's own note on a non-zero exit
const timeNote = /^Command exited with non-zero status \d+\n/m;

/** The outcome of one run of the built CLI, with its wall time and (when measurable) peak RSS and CPU time. */
export interface MeasuredRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  rssMb?: number;
  /** User and system CPU time of the run (GNU time): the work it did, whatever else ran on the machine. */
  cpuMs?: number;
}

/**
 * What a time limit is checked against: the CPU time the run used when it can be measured, else
 * its wall time. Other test files (and other jobs on a CI runner) share the cores, which stretches
 * wall time several-fold but not the work a run does, so limits on CPU time hold under load.
 */
export function workMs(run: MeasuredRun): number {
  return run.cpuMs ?? run.ms;
}

/** One line for the test log: wall and CPU time, peak RSS, exit code. */
export function describeRun(label: string, run: MeasuredRun): string {
  const cpu = run.cpuMs === undefined ? 'CPU not measured' : `${run.cpuMs.toFixed(0)} ms CPU`;
  const rss = run.rssMb === undefined ? 'RSS not measured' : `${run.rssMb.toFixed(0)} MB RSS`;
  return `${label}: ${run.ms.toFixed(0)} ms, ${cpu}, ${rss}, exit ${run.code}`;
}

/** One ESLint-JSON result entry, as `--format json` prints it. */
export interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; severity: number; message: string; line: number; column: number }[];
}

function command(args: readonly string[]): [string, string[]] {
  const cli = [process.execPath, builtCli, ...args];
  return canMeasureRss ? [gnuTime, ['-f', 'drydock-max-rss-kb=%M drydock-cpu-s=%U+%S', ...cli]] : [itemAt(cli, 0), cli.slice(1)];
}

function finish(code: number | null, signal: NodeJS.Signals | null, stdout: string, stderr: string, ms: number): MeasuredRun {
  const rss = rssLine.exec(stderr);
  const cpuMs = rss ? (Number(rss[2]) + Number(rss[3])) * 1000 : undefined;
  return { code, signal, stdout, stderr: stderr.replace(timeNote, '').replace(rssLine, ''), ms, rssMb: rss ? Number(rss[1]) / 1024 : undefined, cpuMs };
}

const cliEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' };
// wall time before a run is killed as hung: limits on work are checked on CPU time (workMs), and
// a loaded machine stretches wall time about tenfold
const defaultTimeoutMs = 50_000;

/** Runs the CLI built for this test run with `args` in `cwd`, killing it after `timeoutMs`. */
export function runMeasured(args: readonly string[], options: { cwd?: string; timeoutMs?: number } = {}): MeasuredRun {
  const [file, argv] = command(args);
  const started = performance.now();
  const result = spawnSync(file, argv, { cwd: options.cwd ?? repoRoot, encoding: 'utf8', env: cliEnv, timeout: options.timeoutMs ?? defaultTimeoutMs, maxBuffer: 256 << 20 });
  return finish(result.status, result.signal, result.stdout, result.stderr, performance.now() - started);
}

/** Like `runMeasured`, but does not block: for runs the test must feed while they wait (a FIFO). */
export function startMeasured(args: readonly string[], options: { cwd?: string; timeoutMs?: number; feed?: (stdin: Writable) => void } = {}): Promise<MeasuredRun> {
  const [file, argv] = command(args);
  const started = performance.now();
  const child = spawn(file, argv, { cwd: options.cwd ?? repoRoot, env: cliEnv });
  // the run may stop reading early (a size limit): a broken pipe then is expected
  child.stdin.on('error', () => undefined);
  if (options.feed) options.feed(child.stdin);
  else child.stdin.end();
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? defaultTimeoutMs);
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve(finish(code, signal, stdout, stderr, performance.now() - started));
    });
  });
}

/** The rule ids a `--format json` run reported, per file name (relative paths as given). */
export function ruleIdsByFile(run: MeasuredRun): Map<string, string[]> {
  const results = JSON.parse(run.stdout) as JsonResult[];
  return new Map(results.map((r) => [path.basename(r.filePath), r.messages.map((m) => m.ruleId ?? '')]));
}

/** Whether a run's stderr shows a JavaScript stack trace or an internal error. */
export function hasCrashOutput(stderr: string): boolean {
  return /^\s+at .+[:(]\d+:\d+\)?$/m.test(stderr) || stderr.includes('internal error');
}
