import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findConfigFile, loadConfig } from '../../src/config/index.js';
import { pathProblem } from '../../src/load/root.js';
import { DrydockError } from '../../src/resources/index.js';

const base = realpathSync(mkdtempSync(path.join(tmpdir(), 'drydock-config-')));
const root = path.join(base, 'repo');
afterAll(() => rmSync(base, { recursive: true, force: true }));

beforeAll(() => {
  mkdirSync(path.join(root, 'k8s'), { recursive: true });
  execFileSync('git', ['init', '-q'], { cwd: root });
  writeFileSync(path.join(base, 'outside.yaml'), 'kind: Cluster\n');
  writeFileSync(path.join(root, 'cluster.yaml'), 'kind: Cluster\n');
});

function configIn(dir: string, text: string): string {
  writeFileSync(path.join(dir, '.drydock.yaml'), text);
  return dir;
}

function failure(text: string): DrydockError {
  configIn(root, text);
  try {
    loadConfig({ cwd: root, root, checkPath: (file) => pathProblem(root, file) });
  } catch (error) {
    return error as DrydockError;
  }
  throw new Error('the config was accepted');
}

describe('paths in the config stay inside the root', () => {
  it('accepts paths inside the root', () => {
    configIn(root, 'cluster: cluster.yaml\nschemas: [k8s]\n');
    const config = loadConfig({ cwd: root, root, checkPath: (file) => pathProblem(root, file) });
    expect(config.cluster).toBe(path.join(root, 'cluster.yaml'));
    expect(config.schemas).toEqual([path.join(root, 'k8s')]);
  });

  it.each([
    ['cluster: ../outside.yaml\n', 'cluster', 1, /outside the root/],
    ['kubernetesVersion: "1.30"\nschemas:\n  - k8s\n  - /etc\n', 'schemas', 4, /outside the root/],
    ['\ncluster: .git/config\n', 'cluster', 2, /\.git folder/],
  ])('refuses %j as a usage error naming the key and its line', (text, key, line, why) => {
    const error = failure(text);
    expect(error).toBeInstanceOf(DrydockError);
    expect(error.code).toBe('config-invalid');
    expect(error.message).toContain(`.drydock.yaml:${line}: ${key} names a path drydock may not read`);
    expect(error.message).toMatch(why);
  });

  it('refuses a path that reaches outside through a link', () => {
    symlinkSync(base, path.join(root, 'up'));
    try {
      expect(failure('cluster: up/outside.yaml\n').message).toMatch(/\.drydock\.yaml:1: cluster .*outside the root/);
    } finally {
      rmSync(path.join(root, 'up'));
    }
  });

  it('refuses a found .drydock.yaml that is a link leading outside the root', () => {
    const dir = path.join(root, 'linked');
    mkdirSync(dir);
    writeFileSync(path.join(base, 'elsewhere.yaml'), 'namespace: x\n');
    symlinkSync(path.join(base, 'elsewhere.yaml'), path.join(dir, '.drydock.yaml'));
    expect(() => loadConfig({ cwd: dir, root, checkPath: (file) => pathProblem(root, file) })).toThrow(/not read, it leads outside the root/);
  });

  it('searches upward only as far as the root', () => {
    rmSync(path.join(root, '.drydock.yaml'), { force: true });
    configIn(base, 'namespace: above\n');
    expect(findConfigFile(path.join(root, 'k8s'), root)).toBeUndefined();
    expect(findConfigFile(path.join(root, 'k8s'))).toBe(path.join(base, '.drydock.yaml'));
    configIn(root, 'namespace: inside\n');
    expect(findConfigFile(path.join(root, 'k8s'), root)).toBe(path.join(root, '.drydock.yaml'));
  });
});
