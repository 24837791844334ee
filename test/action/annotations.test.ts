import { describe, expect, it } from 'vitest';
import { chooseAnnotations } from '../../src/action/annotations.js';
import type { Diagnostic, Severity } from '../../src/index.js';

const finding = (severity: Severity, line: number): Diagnostic => ({
  ruleId: 'schema',
  severity,
  message: `${severity} ${line}`,
  range: { file: 'a.yaml', start: { line, column: 1 }, end: { line, column: 2 } },
});

const mixed = (errors: number, warnings: number, notes: number): Diagnostic[] =>
  [
    ...Array.from({ length: errors }, (_, i) => finding('error', 3 * i + 3)),
    ...Array.from({ length: warnings }, (_, i) => finding('warning', 3 * i + 1)),
    ...Array.from({ length: notes }, (_, i) => finding('info', 3 * i + 2)),
  ].sort((a, b) => a.range.start.line - b.range.start.line);

describe('chooseAnnotations', () => {
  it('puts errors first, then warnings, then notes, each in line order', () => {
    const { shown, hidden } = chooseAnnotations(mixed(2, 2, 1));
    expect(shown.map((d) => d.message)).toEqual(['error 3', 'error 6', 'warning 1', 'warning 4', 'info 2']);
    expect(hidden).toBe(0);
  });

  it('annotates findings on lines the pull request changed first, within each severity', () => {
    const changed = new Set([30, 33]);
    const { shown } = chooseAnnotations(mixed(12, 0, 0), (d) => changed.has(d.range.start.line));
    expect(shown.map((d) => d.range.start.line)).toEqual([30, 33, 3, 6, 9, 12, 15, 18, 21, 24]);
  });

  it('keeps at most 10 of each severity, as GitHub shows no more per step', () => {
    const { shown, hidden } = chooseAnnotations(mixed(12, 15, 3));
    expect(shown.filter((d) => d.severity === 'error').map((d) => d.range.start.line)).toEqual([3, 6, 9, 12, 15, 18, 21, 24, 27, 30]);
    expect(shown.filter((d) => d.severity === 'warning')).toHaveLength(10);
    expect(shown.filter((d) => d.severity === 'info')).toHaveLength(3);
    expect(hidden).toBe(7);
  });

  it('keeps one notice slot for the "more findings" line when some are left out', () => {
    expect(chooseAnnotations(mixed(0, 0, 10))).toMatchObject({ hidden: 0 });
    const { shown, hidden } = chooseAnnotations(mixed(11, 0, 10));
    expect(shown.filter((d) => d.severity === 'info')).toHaveLength(9);
    expect(hidden).toBe(2);
  });
});
