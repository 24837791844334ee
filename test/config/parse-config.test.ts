import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/index.js';

describe('parseConfig', () => {
  it('resolves paths against the folder of the file the text stands for, which need not exist', () => {
    const config = parseConfig('schemas: [crds]\ncluster: kind.yaml\nignore: ["vendor/**"]\n', { file: 'deploy/.drydock.yaml', cwd: '/repo' });
    expect(config.root).toBe(path.resolve('/repo/deploy'));
    expect(config.schemas).toEqual([path.resolve('/repo/deploy/crds')]);
    expect(config.cluster).toBe(path.resolve('/repo/deploy/kind.yaml'));
    expect(config.file).toBe(path.resolve('/repo/deploy/.drydock.yaml'));
  });

  it('names the source it is given in errors, such as a commit and path', () => {
    expect(() => parseConfig('rules: {}\nbogus: 1\n', { file: '.drydock.yaml', cwd: '/repo', source: 'abc123:.drydock.yaml' })).toThrow(/^abc123:\.drydock\.yaml:2: unknown setting "bogus"/);
    const config = parseConfig('rules:\n  latest-tag: error\n', { file: '.drydock.yaml', cwd: '/repo', source: 'abc123:.drydock.yaml' });
    expect(config.ruleLocations['latest-tag']).toBe('abc123:.drydock.yaml:2');
  });
});
