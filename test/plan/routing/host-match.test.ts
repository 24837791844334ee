import { describe, expect, it } from 'vitest';
import { matchHost } from '../../../src/plan/routing/index.js';

describe('Ingress host matching', () => {
  it('matches an exact host, ignoring case and the port of the Host header', () => {
    expect(matchHost('shop.example.com', 'shop.example.com')).toBe('exact');
    expect(matchHost('shop.example.com', 'Shop.Example.com:8443')).toBe('exact');
    expect(matchHost('shop.example.com', 'example.com')).toBeUndefined();
  });

  it('lets a wildcard cover exactly one leading label', () => {
    expect(matchHost('*.foo.com', 'bar.foo.com')).toBe('wildcard');
    expect(matchHost('*.foo.com', 'foo.com')).toBeUndefined();
    expect(matchHost('*.foo.com', 'baz.bar.foo.com')).toBeUndefined();
    expect(matchHost('*.foo.com', '.foo.com')).toBeUndefined();
  });

  it('applies a rule without host to every host', () => {
    expect(matchHost(undefined, 'anything.example')).toBe('any');
    expect(matchHost('', 'anything.example')).toBe('any');
  });
});
