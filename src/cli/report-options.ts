import { Option } from 'commander';
import { DrydockError, diagnosticFormats, isDiagnosticFormat, type DiagnosticFormat } from '../index.js';
import { chooseFormat, colorOption, formatOption, outputOption, type OutputFlags } from './common-options.js';

/** Options every diagnostics command shares. */
export interface ReportFlags extends OutputFlags {
  quiet?: boolean;
  maxWarnings?: string;
}

/** The `--format`, `--output`, `--quiet`, `--max-warnings` and colour options. */
export function reportOptions(): Option[] {
  return [
    formatOption(Object.keys(diagnosticFormats)),
    outputOption('the report'),
    new Option('-q, --quiet', 'report errors only'),
    new Option('--max-warnings <n>', 'exit with 1 when there are more warnings than this'),
    colorOption(),
  ];
}

/** The diagnostics format to use: the flag, else stylish. */
export function chooseDiagnosticFormat(flag: string | undefined): DiagnosticFormat {
  return chooseFormat(flag, 'stylish', isDiagnosticFormat, (name) => `unknown format "${name}"`);
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
