import { createHash } from 'node:crypto';
import path from 'node:path';
import { defaultMaxFileBytes, readFileBounded } from '../load/index.js';
import { ResourceSet } from '../resources/index.js';
import { codeFingerprint } from './code-fingerprint.js';
import { contentHash, ResultCache, runKey } from './result-cache.js';
import type { PreparedRun, ValidateResult } from './run-validate.js';

/** Everything besides the input files that decides lint's findings. */
export interface LintSettings {
  rules?: Record<string, string>;
  reportUnusedDisableDirectives?: boolean;
  /** The cluster model's files (their content counts), and each kind node's allocatable. */
  cluster?: readonly string[];
  nodeCapacity?: string;
  /** Whether kustomize bases are also checked alone. */
  kustomizeBases?: boolean;
}

/** The one entry of a lint cache: lint's findings in one file depend on every other file. */
const runEntry = '<lint run>';

/**
 * Lint's result cache: the whole run's findings, reused only when nothing that decides them
 * changed: the validate run key (drydock's version, working directory, resolved config with its
 * rules and settings, Kubernetes version, default namespace, extra schemas) over the content of
 * every input file, plus the code of the bundle (the rules' versions), the `--rule` overrides and
 * other lint settings, the cluster model's files and the files selected (`--shard`,
 * `--changed-since`). Signed like validate's cache.
 */
export class LintCache {
  private constructor(
    private readonly cache: ResultCache,
    private readonly key: string,
  ) {}

  /** Opens the run's cache, or undefined when the run has none (no cache asked, no secret, standard input). */
  static open(run: PreparedRun, settings: LintSettings): LintCache | undefined {
    if (run.cacheFile === undefined || run.cacheSecret === undefined || run.stdin.files.length > 0) return undefined;
    // every file kustomize builds read is an input too (a change to a base, a patch or an overlay
    // changes the findings), also those a build checked for a named file does not report on
    const inputs = [...run.files, ...run.kustomize.read.map((name) => path.resolve(run.cwd, name))].map((file) => [file, hashOf(file)] as const);
    const base = runKey({ ...run, crdFiles: inputs });
    const cluster = (settings.cluster ?? (run.config.cluster === undefined ? [] : [run.config.cluster])).map((file) => [file, hashOf(path.resolve(run.cwd, file))]);
    const key = createHash('sha256')
      .update(JSON.stringify([base, codeFingerprint(), settings.rules ?? {}, settings.reportUnusedDisableDirectives === true, settings.nodeCapacity ?? null, cluster, run.selected, run.allowUntyped, settings.kustomizeBases === true]))
      .digest('base64url');
    return new LintCache(ResultCache.open(run.cacheFile, key, run.cacheSecret, run.notify), key);
  }

  /** The result of an earlier run with the same key, without resources. */
  get(run: PreparedRun): ValidateResult | undefined {
    const hit = this.cache.get(runEntry, this.key);
    if (hit?.run === undefined) return undefined;
    return { ...hit.run, diagnostics: hit.diagnostics, resources: new ResourceSet([]), kubernetesVersion: run.kubernetesVersion, config: run.config, root: run.root, skipped: run.skipped, threads: 1, kustomizationsBuilt: hit.run.counts.kustomizationsBuilt };
  }

  set(result: ValidateResult): void {
    this.cache.set(runEntry, this.key, { diagnostics: result.diagnostics, objects: result.counts.objects, run: { files: result.files, counts: result.counts } });
    this.cache.save();
  }
}

// read as the loader reads it, bounded: a file over the limit is refused by its size (which the
// message holds, so the key still changes with it), never read whole into memory
function hashOf(file: string): string {
  const read = readFileBounded(file, defaultMaxFileBytes);
  return read.ok ? contentHash(Buffer.from(read.bytes.buffer, read.bytes.byteOffset, read.bytes.byteLength)) : `${read.code}: ${read.message}`;
}
