import { writeOutputFile } from '../run/index.js';
import type { CliIo } from './io.js';

/** What the run read and where it was confined, so that `--output` goes nowhere it should not. */
export interface ReportTarget {
  /** The run's root (a real path). */
  root?: string;
  /** The files the run read, relative to the working directory or absolute. */
  inputs: readonly string[];
}

/** Writes a report to `--output` (never through a link, never over one of the inputs) or to stdout. */
export async function writeReport(text: string, output: string | undefined, target: ReportTarget, io: CliIo): Promise<void> {
  if (output === undefined) {
    io.stdout(text);
    return;
  }
  await writeOutputFile(output, text, { cwd: io.cwd, root: target.root, inputs: target.inputs });
}
