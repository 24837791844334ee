import { describe, expect, it } from 'vitest';
import { distinctFindings } from '../../src/run/distinct-findings.js';
import type { Diagnostic } from '../../src/resources/index.js';

const finding = (line: number, message = 'no memory limit'): Diagnostic => ({
  ruleId: 'memory-limit-missing',
  severity: 'warning',
  message,
  range: { file: 'base/deployment.yaml', start: { line, column: 9 }, end: { line, column: 13 } },
});

describe('distinctFindings', () => {
  it('keeps one of the equal findings several builds of one base make', () => {
    expect(distinctFindings([finding(3), finding(3), finding(3), finding(7)])).toEqual([finding(3), finding(7)]);
  });

  it('keeps findings that differ in anything but their object', () => {
    expect(distinctFindings([finding(3), finding(3, 'other')])).toHaveLength(2);
  });

  it('keeps one of equal findings that sort apart, around one that differs only in its end', () => {
    const wider: Diagnostic = { ...finding(3), range: { ...finding(3).range, end: { line: 3, column: 20 } } };
    // compareDiagnostics ties on all three, so the sort leaves them in this order
    expect(distinctFindings([finding(3), wider, finding(3)])).toEqual([finding(3), wider]);
  });
});
