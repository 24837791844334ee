import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { DrydockError } from '../index.js';

/**
 * Sets a step output: appends `name<<delimiter`, the value and the delimiter to the file named by
 * `GITHUB_OUTPUT`, the multi-line form that is safe for any value. Outside a runner it does nothing.
 */
export function setOutput(env: Record<string, string | undefined>, name: string, value: string): void {
  const file = env.GITHUB_OUTPUT;
  if (!file) return;
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter)) {
    throw new DrydockError('internal', `the value of output ${name} contains its delimiter`);
  }
  appendTo(file, `${name}<<${delimiter}\n${value}\n${delimiter}\n`, 'GITHUB_OUTPUT');
}

/** Appends Markdown to this step's job summary (`GITHUB_STEP_SUMMARY`); outside a runner it does nothing. */
export function appendSummary(env: Record<string, string | undefined>, markdown: string): void {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  appendTo(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`, 'GITHUB_STEP_SUMMARY');
}

function appendTo(file: string, text: string, variable: string): void {
  try {
    appendFileSync(file, text, 'utf8');
  } catch (error) {
    throw new DrydockError('output-unwritable', `cannot write ${variable} (${file}): ${(error as Error).message}`);
  }
}
