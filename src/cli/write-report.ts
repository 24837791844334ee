import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { DrydockError } from '../index.js';
import type { CliIo } from './io.js';

/** Writes a report to `--output` (never over one of the inputs) or to stdout. */
export function writeReport(text: string, output: string | undefined, inputs: readonly string[], io: CliIo): void {
  if (output === undefined) {
    io.stdout(text);
    return;
  }
  const target = path.resolve(io.cwd, output);
  if (inputs.some((file) => path.resolve(io.cwd, file) === target)) {
    throw new DrydockError('output-unwritable', `refusing to write the report over the input file ${output}`);
  }
  try {
    writeFileSync(target, text);
  } catch (error) {
    throw new DrydockError('output-unwritable', `cannot write ${output}: ${(error as Error).message}`);
  }
}
