import { describe, expect, it } from 'vitest';
import { compileGoPattern, goPatternError } from '../../../src/resources/go-regexp/index.js';
import { crdWithSpec, positionedIssues } from './positioned.js';
import { firstItems, itemAt } from '../../helpers/item-at.js';

const namePattern = (pattern: string): string => `            type: object
            properties:
              name:
                type: string
                pattern: ${JSON.stringify(pattern)}
`;

describe('CRD patterns with Go RE2 semantics', () => {
  it('accepts Go-only syntax JavaScript lacks: \\z, (?i) mid-pattern, [[:alpha:]], \\pL', () => {
    expect(compileGoPattern('^[a-z]+\\z').test('abc')).toBe(true);
    expect(compileGoPattern('^[a-z]+\\z').test('abc\n')).toBe(false);
    expect(compileGoPattern('^x(?i)abc$').test('xABC')).toBe(true);
    expect(compileGoPattern('^x(?i)abc$').test('XABC')).toBe(false);
    expect(compileGoPattern('^[[:alpha:]]+$').test('Abc')).toBe(true);
    expect(compileGoPattern('^[[:alpha:]]+$').test('Ab1')).toBe(false);
    expect(compileGoPattern('^\\pL+$').test('Émile')).toBe(true);
    expect(compileGoPattern('^\\pL+$').test('a-b')).toBe(false);
  });

  it('searches anywhere in the value, as Go MatchString does', () => {
    expect(compileGoPattern('b').test('abc')).toBe(true);
    expect(compileGoPattern('^b').test('abc')).toBe(false);
  });

  it('validates a custom resource against a Go-only pattern', () => {
    const issues = positionedIssues(crdWithSpec(namePattern('^[[:lower:]]+\\z'), '{name: abc}', '{name: Abc}'));
    expect(issues[1]).toEqual([]);
    expect(issues[2]).toEqual(['patternMismatch 31:14 spec.name: string "Abc" does not match the pattern ^[[:lower:]]+\\z']);
  });

  it('reports JavaScript-only syntax Go rejects (lookahead, backreference) as an error of the CRD at the pattern', () => {
    expect(goPatternError('(?=a)')).toBe('error parsing regexp: invalid or unsupported Perl syntax');
    expect(goPatternError('(a)\\1')).toBe('error parsing regexp: invalid escape sequence');
    const issues = positionedIssues(crdWithSpec(namePattern('^(?=a)[a-z]+$'), '{name: "123"}'));
    expect(issues[0]).toEqual([
      "invalidPattern 21:26 spec.versions[0].schema.openAPIV3Schema.properties.spec.properties.name.pattern: must be a valid regular expression, but isn't: error parsing regexp: invalid or unsupported Perl syntax",
    ]);
    // the server never holds a CRD with that pattern, so the object is not checked against it
    expect(issues[1]).toEqual([]);
  });

  it('never quotes the pattern in the message', () => {
    const [crdIssues] = firstItems(positionedIssues(crdWithSpec(namePattern('secret-[a-'))), 1);
    expect(crdIssues).toHaveLength(1);
    expect(crdIssues[0]).not.toContain('secret-');
  });

  it('runs a catastrophic-backtracking pattern in linear time', () => {
    // JavaScript's backtracking took 82 s on 'a' x 30 + '!' with ^(a+)+$ (one test, Node 20)
    let started = performance.now();
    expect(compileGoPattern('^(a+)+$').test(`${'a'.repeat(30)}!`)).toBe(false);
    // milliseconds in RE2; the limits leave room for a busy machine, far below what backtracking costs
    expect(performance.now() - started).toBeLessThan(10_000);
    const megabyte = `${'a'.repeat(1 << 20)}!`;
    for (const nasty of ['^(a+)+$', '^(a|aa)*$', '(.*a){20}x', '^(\\w+\\s?)*$']) {
      started = performance.now();
      expect(compileGoPattern(nasty).test(megabyte)).toBe(false);
      expect(performance.now() - started).toBeLessThan(10_000);
    }
  });

  it('validates a 1 MB value against a nasty pattern through the CRD within a second', () => {
    const value = `${'a'.repeat(1 << 20)}!`;
    const started = performance.now();
    const issues = positionedIssues(crdWithSpec(namePattern('^(a+)+$'), JSON.stringify({ name: value })));
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(itemAt(issues, 1).map((i) => i.split(' ')[0])).toEqual(['patternMismatch']);
  });

  it('leaves unchecked a pattern too large to compile quickly (Go accepts it), instead of spending seconds on it', () => {
    const huge = 'a{1000}'.repeat(1000);
    const started = performance.now();
    expect(goPatternError(huge)).toBeUndefined();
    expect(compileGoPattern(huge).test('b')).toBe(true);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('skips matching when the pattern\'s size times the value\'s length is past the budget', () => {
    const big = '[a-z]{1000}'.repeat(40);
    const started = performance.now();
    expect(compileGoPattern(big).test('1'.repeat(20_000))).toBe(true);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(compileGoPattern(big).test('1'.repeat(100))).toBe(false);
  });
});

