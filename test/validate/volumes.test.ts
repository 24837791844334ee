import { describe, expect, it } from 'vitest';
import { found } from './api-findings.js';

const pod = (volumes: string): string => `apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  volumes:\n${volumes}\n`;

describe('api/volumes', () => {
  it('flags invalid and duplicate names', () => {
    expect(found(pod('  - {name: Data, emptyDir: {}}\n  - {name: cache, emptyDir: {}}\n  - {name: cache, emptyDir: {}}'), 'volumes')).toEqual([
      ['invalidName', 6, 12], ['duplicateName', 8, 12],
    ]);
  });

  it('flags a volume with two sources, at the second', () => {
    expect(found(pod('  - name: data\n    emptyDir: {}\n    configMap: {name: c}'), 'volumes')).toEqual([['manySources', 8, 5]]);
  });

  it('accepts a volume without a source, which the server defaults to emptyDir', () => {
    expect(found(pod('  - name: data'), 'volumes')).toEqual([]);
  });
});
