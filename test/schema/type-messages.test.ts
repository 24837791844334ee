import { describe, expect, it } from 'vitest';
import { positionedIssues } from './crd/positioned.js';
import { itemAt } from '../helpers/item-at.js';

// Issue 15 point 9: each of these used to be reported as a different mistake than the one made.
describe('messages about apiVersion and kind say what is wrong', () => {
  it('an empty kind is empty, not missing', () => {
    expect(positionedIssues('apiVersion: v1\nkind: ""\nmetadata: {name: a}\n')).toEqual([['missingKind 2:7 "kind" is empty: an object needs a kind']]);
    expect(positionedIssues('apiVersion: v1\nmetadata: {name: a}\n')).toEqual([['missingKind 1:1 missing required field "kind"']]);
  });

  it('a kind under the wrong group names where it is served', () => {
    expect(positionedIssues('apiVersion: v1\nkind: Deployment\nmetadata: {name: a}\nspec: {}\n')).toEqual([
      ['apiNotServed 1:13 v1 Deployment is not served by Kubernetes 1.36; Deployment is served as apps/v1'],
    ]);
    expect(itemAt(positionedIssues('apiVersion: apps/v1\nkind: Service\nmetadata: {name: a}\n'), 0)[0]).toMatch(/; Service is served as v1$/);
  });

  it('a v1 List without items says items is missing', () => {
    expect(positionedIssues('apiVersion: v1\nkind: List\n')).toEqual([['missingField 1:1 missing required field "items": a List holds its objects in items']]);
  });
});
