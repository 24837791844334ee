import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { loadText } from '../../src/load/index.js';
import { itemAt } from './item-at.js';

/** The kustomize families the oracle test knows: v5 (kubectl 1.27+), v2.0.3 (kubectl 1.14 to 1.20). */
export type OracleName = 'kustomize-v5' | 'kustomize-v2';

/** A kubectl whose `kubectl kustomize` serves as an oracle. */
export interface KustomizeOracle {
  name: OracleName;
  kubectl: string;
  /** What the binary says it embeds, e.g. `v5.5.0` or `v2.0.3`. */
  kustomizeVersion: string;
}

/** What `kubectl kustomize` printed, read as kubectl reads YAML, or kustomize's error. */
export type OracleBuild = { ok: true; objects: Record<string, unknown>[] } | { ok: false; error: string };

/** Where .ci/run unpacks Debian's kubernetes-client (kubectl 1.20, kustomize v2.0.3). */
export function cachedKubectl120(): string {
  const cacheHome = process.env.XDG_CACHE_HOME || path.join(homedir(), '.cache');
  return path.join(cacheHome, 'drydock-ci', 'kubectl-1.20', 'usr', 'bin', 'kubectl');
}

/**
 * The oracles on this machine: DRYDOCK_KUBECTL_KUSTOMIZE alone when set (a kubectl to use,
 * whatever its version), else the cached kubectl 1.20 and /usr/bin/kubectl when it embeds
 * kustomize v5. A binary that does not answer `version --client` is left out.
 */
export function findKustomizeOracles(): KustomizeOracle[] {
  const given = process.env.DRYDOCK_KUBECTL_KUSTOMIZE;
  const candidates = given ? [given] : [cachedKubectl120(), '/usr/bin/kubectl'];
  const found: KustomizeOracle[] = [];
  for (const kubectl of candidates) {
    const oracle = identify(kubectl);
    if (oracle && !found.some((other) => other.name === oracle.name)) found.push(oracle);
  }
  return found;
}

function identify(kubectl: string): KustomizeOracle | undefined {
  if (!existsSync(kubectl)) return undefined;
  let text: string;
  try {
    text = execFileSync(kubectl, ['version', '--client'], { encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'ignore'], env: offlineEnv() });
  } catch {
    return undefined;
  }
  const embedded = /^Kustomize Version: (v\S+)/m.exec(text)?.[1];
  if (embedded?.startsWith('v5.')) return { name: 'kustomize-v5', kubectl, kustomizeVersion: embedded };
  // kubectl before 1.21 does not print its kustomize; 1.14 to 1.20 embed v2.0.3
  const minor = /Minor:"(\d+)"|GitVersion:"v1\.(\d+)\./.exec(text);
  const minorVersion = Number(minor?.[1] ?? minor?.[2]);
  if (!embedded && minorVersion >= 14 && minorVersion <= 20) return { name: 'kustomize-v2', kubectl, kustomizeVersion: 'v2.0.3' };
  return undefined;
}

// no cluster, no kubeconfig, no proxy: `kubectl kustomize` of local folders needs none of them
function offlineEnv(): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: tmpdir(), KUBECONFIG: path.join(tmpdir(), 'drydock-no-kubeconfig') };
}

/** Runs `kubectl kustomize <dir>` with a time limit, and reads its YAML stream into objects. */
export function kubectlKustomize(oracle: KustomizeOracle, dir: string, timeoutMs = 30_000): Promise<OracleBuild> {
  return new Promise((resolve) => {
    execFile(oracle.kubectl, ['kustomize', dir], { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024, env: offlineEnv() }, (error, stdout, stderr) => {
      if (error) {
        resolve({ ok: false, error: kustomizeError(stderr) || error.message });
        return;
      }
      resolve({ ok: true, objects: parseKustomizeOutput(stdout) });
    });
  });
}

/** The objects of a `kubectl kustomize` output, read as kubectl reads YAML (1.1 scalars). */
export function parseKustomizeOutput(text: string): Record<string, unknown>[] {
  const loaded = loadText(text, 'kubectl-kustomize-output.yaml', 'yaml', { keepNonManifests: true });
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(`kubectl kustomize printed YAML drydock cannot read: ${itemAt(errors, 0).message}`);
  return loaded.resources.map((resource) => resource.object);
}

// kubectl 1.32 logs `"command failed" err="..."`; kubectl 1.20 prints `Error: ...`
function kustomizeError(stderr: string): string {
  const logged = /"command failed" err="(.*)"\s*$/m.exec(stderr)?.[1];
  if (logged) return logged;
  return /^Error: (.*)$/m.exec(stderr)?.[1] ?? stderr.trim();
}

// the alphabet of kustomize's hash suffix: hex digits with 0, 1, 3, a and e swapped for g, h, k, m, t
const hashedName = /^(.+)-[2456789bcdfghkmt]{10}$/;

/**
 * The objects with every generated ConfigMap's and Secret's hash suffix, and each reference to
 * it, written as `<hash>`: kustomize v2 hashed other text than v5, so only the rest compares.
 */
export function withoutNameHashes(objects: readonly Record<string, unknown>[]): Record<string, unknown>[] {
  const renamed = new Map<string, string>();
  for (const object of objects) {
    const name = (object.metadata as { name?: unknown } | undefined)?.name;
    const match = typeof name === 'string' && (object.kind === 'ConfigMap' || object.kind === 'Secret') ? hashedName.exec(name) : null;
    if (match) renamed.set(name as string, `${match[1]}-<hash>`);
  }
  const rewrite = (value: unknown): unknown => {
    if (typeof value === 'string') return renamed.get(value) ?? value;
    if (Array.isArray(value)) return value.map(rewrite);
    if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, rewrite(item)]));
    return value;
  };
  return objects.map((object) => rewrite(object) as Record<string, unknown>);
}
