import { Option } from 'commander';
import { DrydockError, isDiagnosticFormat, type DiagnosticFormat } from '../index.js';
import type { CliIo } from './io.js';

/** Options every diagnostics command shares. */
export interface ReportFlags {
  format?: string;
  output?: string;
  quiet?: boolean;
  maxWarnings?: string;
  color?: boolean;
}

/** The `--format`, `--output`, `--quiet`, `--max-warnings` and colour options. */
export function reportOptions(formats: readonly string[]): Option[] {
  return [
    new Option('-f, --format <name>', `output format: ${formats.join(', ')}`),
    new Option('-o, --output <file>', 'write the report to a file instead of stdout'),
    new Option('-q, --quiet', 'report errors only'),
    new Option('--max-warnings <n>', 'exit with 1 when there are more warnings than this'),
    new Option('--no-color', 'never colour the output'),
  ];
}

/** The format to use: the flag, else stylish. */
export function chooseFormat(flag: string | undefined): DiagnosticFormat {
  const name = flag ?? 'stylish';
  if (!isDiagnosticFormat(name)) throw new DrydockError('unknown-format', `unknown format "${name}"`);
  return name;
}

/** Colour only on a terminal, unless `--no-color`, `NO_COLOR` or `FORCE_COLOR` say otherwise. */
export function wantsColor(flags: ReportFlags, io: CliIo): boolean {
  if (flags.color === false || io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  return io.isStdoutTty && !flags.output;
}

/** `--max-warnings` as a number, or undefined; anything else is a usage error. */
export function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new DrydockError('usage', `--max-warnings takes a whole number, not "${value}"`);
  return Number(value);
}

/** `--jobs` as a positive number, or undefined. */
export function parseJobs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9]\d*$/.test(value)) throw new DrydockError('usage', `--jobs takes a positive whole number, not "${value}"`);
  return Number(value);
}

/** `plan --max-pods`: a whole number from 1 to 1,000,000, or undefined (the default, 10,000). */
export function parseMaxPods(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9]\d{0,6}$/.test(value) || Number(value) > 1_000_000) throw new DrydockError('usage', `--max-pods takes a whole number from 1 to 1000000, not "${value}"`);
  return Number(value);
}
