import { describe, expect, it } from 'vitest';
import { crdWithSpec, positionedIssues } from './positioned.js';
import { itemAt } from '../../helpers/item-at.js';

const listSchema = (extra: string): string => `            type: object
            properties:
              items:
                type: array
                items:
                  type: object
                  x-kubernetes-preserve-unknown-fields: true
${extra}`;

const manyObjects = (count: number, duplicateAtEnd: boolean): string => {
  const items = Array.from({ length: count }, (_, i) => ({ n: i, name: `item-${i}` }));
  if (duplicateAtEnd) items.push({ name: 'item-0', n: 0 });
  return JSON.stringify({ items });
};

describe('uniqueItems in a CRD', () => {
  it('is an error of the CRD at the key, as the API server refuses it', () => {
    const issues = positionedIssues(crdWithSpec(listSchema('                uniqueItems: true\n'), '{items: [{a: 1}, {a: 1}]}'));
    expect(issues[0]).toEqual([
      'uniqueItemsForbidden 24:17 spec.versions[0].schema.openAPIV3Schema.properties.spec.properties.items.uniqueItems: uniqueItems cannot be set to true since the runtime complexity becomes quadratic',
    ]);
    // never evaluated: the server holds no CRD with it
    expect(issues[1]).toEqual([]);
  });

  it('is not evaluated pairwise on a long list', () => {
    const started = performance.now();
    const issues = positionedIssues(crdWithSpec(listSchema('                uniqueItems: true\n'), manyObjects(20_000, false)));
    // about a second on a quiet runner (the work itself is counted in test/schema/first-duplicate.test.ts)
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(issues[1]).toEqual([]);
  });
});

describe('x-kubernetes-list-type: set', () => {
  it('reports a repeated item as before, at the later item', () => {
    const issues = positionedIssues(crdWithSpec(listSchema('                x-kubernetes-list-type: set\n'), '{items: [{a: 1, b: 2}, {c: 3}, {b: 2, a: 1}]}'));
    expect(issues[1]).toEqual(['duplicateItems 29:38 spec.items[2]: items 0 and 2 are identical']);
  });

  it('finds a repeat among 20,000 atomic objects in linear time', () => {
    const started = performance.now();
    const issues = positionedIssues(crdWithSpec(listSchema('                x-kubernetes-list-type: set\n'), manyObjects(20_000, true)));
    // about a second on a quiet runner (the work itself is counted in test/schema/first-duplicate.test.ts)
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(itemAt(issues, 1).map((i) => itemAt(i.split(':'), 0).split(' ')[0])).toEqual(['duplicateItems']);
    expect(itemAt(issues, 1)[0]).toContain('spec.items[20000]: items 0 and 20000 are identical');
  });
});
