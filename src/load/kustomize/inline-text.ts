import type { SourceRange } from '../../resources/index.js';
import type { LineMap } from '../source-text.js';

/**
 * Where the lines of a patch written inline in a kustomization lie in its file (`lines`): a literal block
 * (`patch: |`) starts on the next line at its indentation; any other scalar is placed on its
 * first line.
 */
export function inlineLineMap(lines: readonly string[], value: SourceRange, patch: string): LineMap {
  const first = lines[value.start.line - 1] ?? '';
  const indicator = first.slice(value.start.column - 1).trimStart();
  const count = patch.split('\n').length;
  if (indicator.startsWith('|')) {
    let contentLine = '';
    for (let index = value.start.line; index < lines.length && contentLine === ''; index++) if (lines[index]!.trim() !== '') contentLine = lines[index]!;
    const indent = contentLine.length - contentLine.trimStart().length;
    return { lines: Array.from({ length: count }, (_, i) => value.start.line + 1 + i), columnShift: new Array<number>(count).fill(indent) };
  }
  return { lines: new Array<number>(count).fill(value.start.line), columnShift: new Array<number>(count).fill(value.start.column) };
}
