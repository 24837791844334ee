import { describe, expect, it } from 'vitest';
import { crdWithSpec, positionedIssues } from './positioned.js';
import { itemAt } from '../../helpers/item-at.js';

// Issue 15 point 1: the server's pruning skips into the items of an array that preserves unknown
// fields, and prunes again below their known properties.
const spec = `            type: object
            properties:
              list:
                type: array
                x-kubernetes-preserve-unknown-fields: true
                items:
                  type: object
                  properties:
                    a: {type: string}
                    nested:
                      type: object
                      properties:
                        b: {type: string}
              plain:
                type: array
                items:
                  type: object
                  properties:
                    a: {type: string}
`;

describe('x-kubernetes-preserve-unknown-fields on an array', () => {
  it('keeps unknown fields of its items', () => {
    expect(positionedIssues(crdWithSpec(spec, '{list: [{a: x, unknown: 1}, {extra: {deep: true}}]}'))).toEqual([[], []]);
  });

  it('still checks the types of their known fields, and prunes below their known properties', () => {
    const issues = itemAt(positionedIssues(crdWithSpec(spec, '{list: [{a: 1, nested: {b: x, stray: 1}}]}')), 1);
    expect(issues.map((issue) => issue.split(' ').slice(0, 1).concat(issue.split(' ').slice(2)).join(' '))).toEqual([
      'wrongType spec.list[0].a: expected string, got integer 1',
      'unknownField spec.list[0].nested.stray: unknown field "stray"',
    ]);
  });

  it('leaves an array without it as it was: unknown fields of its items are errors', () => {
    expect(itemAt(positionedIssues(crdWithSpec(spec, '{plain: [{a: x, unknown: 1}]}')), 1).map((issue) => issue.split(' ')[0])).toEqual(['unknownField']);
  });
});
