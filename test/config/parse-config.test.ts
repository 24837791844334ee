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

  it('refuses an alias to no anchor, or an alias bomb, as a usage error (found by the fuzzer: it was an internal error)', () => {
    const bomb = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 12 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(10).fill(`*a${i}`).join(', ')}]`)];
    for (const text of ['namespace: *a\n', `rules: {}\nx:\n${bomb.map((l) => `  ${l}`).join('\n')}\n`]) {
      expect(() => parseConfig(text, { file: '.drydock.yaml', cwd: '/repo' })).toThrow(expect.objectContaining({ code: 'config-invalid', message: expect.stringMatching(/^\.drydock\.yaml:1: the configuration has an alias that cannot be resolved/) }));
    }
  });
  it('reads the level off as the string docs/config.md writes, not as YAML 1.1\'s boolean false (it was refused as "false")', () => {
    const config = parseConfig('rules:\n  latest-tag: off\n  privileged-container: on\n', { file: '.drydock.yaml', cwd: '/repo' });
    expect(config.rules).toEqual({ 'latest-tag': 'off', 'privileged-container': 'on' });
  });

  it('still merges keys with <<', () => {
    const config = parseConfig('rules:\n  <<: {latest-tag: warn}\n  privileged-container: error\n', { file: '.drydock.yaml', cwd: '/repo' });
    expect(config.rules).toEqual({ 'latest-tag': 'warn', 'privileged-container': 'error' });
  });
});
