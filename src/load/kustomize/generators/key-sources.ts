import type { JsonPath, Position, RangeTarget, SourceRange } from '../../../resources/index.js';

/** Where one generated key was written: a kustomization entry (literal or file) or an env file line. */
export type KeySource =
  | { from: 'entry'; path: JsonPath; text: string; keyLength: number }
  | { from: 'env'; file: string; line: number; keyColumn: number; keyLength: number; valueColumn: number; valueLength: number };

/**
 * The range of a generated key or its value. An entry such as `key=value` written as one plain
 * scalar is narrowed to its key or its value part; quoted or folded entries keep the whole scalar,
 * since their columns no longer match the text.
 */
export function keySourceRange(source: KeySource, target: RangeTarget | undefined, rangeOf: (path: JsonPath) => SourceRange): SourceRange {
  if (source.from === 'env') {
    const line = source.line + 1;
    if (target === 'key') return span(source.file, line, source.keyColumn, source.keyLength);
    return span(source.file, line, source.valueColumn, source.valueLength);
  }
  const whole = rangeOf(source.path);
  const isPlain = whole.start.line === whole.end.line && whole.end.column - whole.start.column === source.text.length;
  if (!isPlain || source.keyLength === 0) return whole;
  const start = whole.start;
  if (target === 'key') return { file: whole.file, start, end: shifted(start, source.keyLength) };
  return { file: whole.file, start: shifted(start, source.keyLength + 1), end: whole.end };
}

function span(file: string, line: number, column: number, length: number): SourceRange {
  return { file, start: { line, column: column + 1 }, end: { line, column: column + 1 + length } };
}

function shifted(position: Position, by: number): Position {
  return { line: position.line, column: position.column + by };
}
