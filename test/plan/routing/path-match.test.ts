import { describe, expect, it } from 'vitest';
import { comparePathPrecedence, pathMatches, type IngressPathType } from '../../../src/plan/routing/index.js';
import { itemAt } from '../../helpers/item-at.js';

// the examples table of the Ingress specification (planner-simulation.md §7.3), every row
type Row = [IngressPathType | 'Mixed', string[], string, string | undefined];
const rows: Row[] = [
  ['Prefix', ['/'], '/anything/at/all', '/'],
  ['Exact', ['/foo'], '/foo', '/foo'],
  ['Exact', ['/foo'], '/bar', undefined],
  ['Exact', ['/foo'], '/foo/', undefined],
  ['Exact', ['/foo/'], '/foo', undefined],
  ['Prefix', ['/foo'], '/foo', '/foo'],
  ['Prefix', ['/foo'], '/foo/', '/foo'],
  ['Prefix', ['/foo/'], '/foo', '/foo/'],
  ['Prefix', ['/foo/'], '/foo/', '/foo/'],
  ['Prefix', ['/aaa/bb'], '/aaa/bbb', undefined],
  ['Prefix', ['/aaa/bbb'], '/aaa/bbb', '/aaa/bbb'],
  ['Prefix', ['/aaa/bbb/'], '/aaa/bbb', '/aaa/bbb/'],
  ['Prefix', ['/aaa/bbb'], '/aaa/bbb/', '/aaa/bbb'],
  ['Prefix', ['/aaa/bbb'], '/aaa/bbb/ccc', '/aaa/bbb'],
  ['Prefix', ['/aaa/bbb'], '/aaa/bbbxyz', undefined],
  ['Prefix', ['/', '/aaa'], '/aaa/ccc', '/aaa'],
  ['Prefix', ['/', '/aaa', '/aaa/bbb'], '/aaa/bbb', '/aaa/bbb'],
  ['Prefix', ['/', '/aaa', '/aaa/bbb'], '/ccc', '/'],
  ['Prefix', ['/aaa'], '/ccc', undefined],
];

/** The winning rule path for a request, by the precedence controllers apply. */
function winner(paths: { path: string; pathType: IngressPathType }[], request: string): string | undefined {
  return [...paths].sort(comparePathPrecedence).find((p) => pathMatches(p.pathType, p.path, request))?.path;
}

describe('Ingress path matching', () => {
  it.each(rows)('%s %j serves %s via %s', (type, paths, request, expected) => {
    const rules = paths.map((path) => ({ path, pathType: type as IngressPathType }));
    expect(winner(rules, request)).toBe(expected);
  });

  it('prefers Exact over Prefix for the same path', () => {
    const rules = [
      { path: '/foo', pathType: 'Prefix' as const },
      { path: '/foo', pathType: 'Exact' as const },
    ];
    expect(itemAt([...rules].sort(comparePathPrecedence), 0).pathType).toBe('Exact');
    expect(winner(rules, '/foo')).toBe('/foo');
  });

  it('reads ImplementationSpecific as an element-wise prefix', () => {
    expect(pathMatches('ImplementationSpecific', '/api', '/api/cart')).toBe(true);
    expect(pathMatches('ImplementationSpecific', '/api', '/apis')).toBe(false);
  });

  it('prefers the longest path whatever the YAML order', () => {
    const rules = [
      { path: '/aaa/bbb', pathType: 'Prefix' as const },
      { path: '/', pathType: 'Prefix' as const },
      { path: '/aaa', pathType: 'Prefix' as const },
    ];
    expect(winner(rules, '/aaa/bbb/ccc')).toBe('/aaa/bbb');
  });
});
