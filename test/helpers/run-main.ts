import { main } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';
import type { CliRun } from './run-cli.js';
import { repoRoot } from './shared.js';

/**
 * Runs the CLI in this process through `main(argv, io)`, with what `runCli` gives a spawned one:
 * `cwd`, standard input, the environment without colour. No process start-up and no bundle,
 * so use it wherever a test is about what the CLI prints or exits with, not about being a process
 * (worker threads, signals, a real stdout, the built bundle itself: those keep `runCli`).
 */
export async function runMain(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string> } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const input = Buffer.from(options.input ?? '');
  const io: CliIo = {
    cwd: options.cwd ?? repoRoot,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', ...options.env },
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readStdin: async (maxBytes) => input.subarray(0, maxBytes + 1),
    isStdoutTty: false,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}
