import { describe, expect, it } from 'vitest';
import { metadataValueMatches, parseMetadataPattern } from '../../src/resources/index.js';

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
});
