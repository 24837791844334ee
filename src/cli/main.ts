import { Command, CommanderError } from 'commander';
import { DrydockError, ExitCode, version } from '../index.js';
import { asksForStacks, describeInternalError, escapeControlCharacters, inertToWorkflowCommands } from '../run/index.js';
import type { CliIo } from './io.js';
import { lintCommand } from './lint-command.js';
import { planCommand } from './plan-command.js';
import { rulesCommand } from './rules-command.js';
import { validateCommand } from './validate-command.js';

/** Runs the CLI with `argv` (without `node` and the script) and returns the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode: number = ExitCode.ok;
  // terraform's convention under `plan --detailed-exitcode`: 2 means "changes", so every failure is 1
  const failure = argv[0] === 'plan' && argv.includes('--detailed-exitcode') ? ExitCode.findings : ExitCode.failure;
  const setExit = (code: number) => {
    exitCode = code;
  };
  const program = new Command('drydock')
    .description('Check Kubernetes manifests before they reach a cluster: validate, lint and plan, offline.')
    .version(version, '-v, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError();
  program.addCommand(lintCommand(io, setExit).exitOverride());
  program.addCommand(validateCommand(io, setExit).exitOverride());
  program.addCommand(planCommand(io, setExit).exitOverride());
  program.addCommand(rulesCommand(io, setExit).exitOverride());
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here too, successfully
      return error.exitCode === 0 ? ExitCode.ok : failure;
    }
    if (error instanceof DrydockError) {
      // the message may name a file or key from the input: one line, nothing a runner would obey
      io.stderr(`drydock: ${inertToWorkflowCommands(escapeControlCharacters(error.message))}\n`);
      return failure;
    }
    io.stderr(`drydock: ${describeInternalError(error, asksForStacks(io.env))}\n`);
    return failure;
  }
  return exitCode;
}

/** The real process's io. */
export function processIo(): CliIo {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: async (maxBytes) => {
      const chunks: Buffer[] = [];
      let total = 0;
      for await (const chunk of process.stdin) {
        chunks.push(chunk as Buffer);
        total += (chunk as Buffer).length;
        // one byte over the limit is enough to refuse it; leaving the loop stops reading
        if (total > maxBytes) break;
      }
      return Buffer.concat(chunks, total).subarray(0, maxBytes + 1);
    },
    isStdoutTty: Boolean(process.stdout.isTTY),
    isStderrTty: Boolean(process.stderr.isTTY),
  };
}

/** The entry the bin script calls. */
export async function run(): Promise<void> {
  const code = await main(process.argv.slice(2), processIo());
  // let stdout drain before exiting, so piped output is never cut short
  process.stdout.write('', () => process.exit(code));
}
