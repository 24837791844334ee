import { describe, expect, it } from 'vitest';
import { metadataValueMatches, parseMetadataPattern } from '../../src/lint/rule-api.js';

describe('parseMetadataPattern', () => {
  it('reads a bare key as a key without a value pattern', () => {
    expect(parseMetadataPattern('owner')).toEqual({ key: 'owner', text: 'owner' });
  });

  it('splits at the first = and anchors the regex to the whole value', () => {
    const pattern = parseMetadataPattern('team=a=b|c');
    expect(pattern.key).toBe('team');
    expect(pattern.valueText).toBe('a=b|c');
    expect(metadataValueMatches(pattern, 'a=b')).toBe(true);
    expect(metadataValueMatches(pattern, 'c')).toBe(true);
    expect(metadataValueMatches(pattern, 'xa=b')).toBe(false);
  });

  it('compares a regex that does not compile as literal text', () => {
    const pattern = parseMetadataPattern('owner=team-(shop');
    expect(metadataValueMatches(pattern, 'team-(shop')).toBe(true);
    expect(metadataValueMatches(pattern, 'team-shop')).toBe(false);
  });

  it('matches scalar values as YAML wrote them, never objects', () => {
    const pattern = parseMetadataPattern('replicas=\\d+');
    expect(metadataValueMatches(pattern, 3)).toBe(true);
    expect(metadataValueMatches(pattern, { n: 3 })).toBe(false);
    expect(metadataValueMatches(parseMetadataPattern('replicas'), { n: 3 })).toBe(true);
  });

  it('reads the regex with Go RE2 syntax: POSIX classes and \\z work, lookahead is literal text', () => {
    expect(metadataValueMatches(parseMetadataPattern('team=[[:alpha:]]+\\z'), 'shop')).toBe(true);
    const lookahead = parseMetadataPattern('team=(?!x).*');
    expect(metadataValueMatches(lookahead, 'shop')).toBe(false);
    expect(metadataValueMatches(lookahead, '(?!x).*')).toBe(true);
  });

  it('reads key!=regex as a value the regex must not match in full', () => {
    const pattern = parseMetadataPattern('role!=arn:.+');
    expect(pattern).toMatchObject({ key: 'role', valueText: 'arn:.+', negated: true });
    expect(metadataValueMatches(pattern, 'my-role')).toBe(true);
    expect(metadataValueMatches(pattern, 'arn:aws:iam::1:role/x')).toBe(false);
  });

  it('matches a catastrophic-backtracking regex against a long value in linear time', () => {
    const started = performance.now();
    expect(metadataValueMatches(parseMetadataPattern('k=(a+)+'), `${'a'.repeat(100_000)}!`)).toBe(false);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('compares a regex too large to compile quickly as literal text', () => {
    const huge = `a{1000}`.repeat(1000);
    const started = performance.now();
    const pattern = parseMetadataPattern(`k=${huge}`);
    expect(metadataValueMatches(pattern, 'a')).toBe(false);
    expect(metadataValueMatches(pattern, huge)).toBe(true);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

