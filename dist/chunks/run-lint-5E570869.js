import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ResultCache,
  checkRun,
  contentHash,
  leftOutNames,
  prepareRun,
  runKey
} from "./chunk-BB4214E9.js";
import "./chunk-0CAA22A5.js";
import "./chunk-4C299840.js";
import {
  defaultMaxFileBytes,
  readFileBounded
} from "./chunk-6BE7FF14.js";
import "./chunk-BA0DC00E.js";
import "./chunk-FB1328E6.js";
import "./chunk-89C6DB83.js";
import "./chunk-84BF4BE3.js";
import {
  prepareLint
} from "./chunk-9BEBBC49.js";
import {
  ResourceSet
} from "./chunk-084AE718.js";
import "./chunk-E3B0C442.js";

// src/run/lint-cache.ts
import { createHash as createHash2 } from "node:crypto";
import path2 from "node:path";

// src/run/code-fingerprint.ts
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
var cached;
function codeFingerprint() {
  if (cached !== void 0) return cached;
  const here = path.dirname(fileURLToPath(import.meta.url));
  const parts = here.split(path.sep);
  const distAt = parts.lastIndexOf("dist");
  const roots = distAt >= 0 ? [parts.slice(0, distAt + 1).join(path.sep)] : ["src", "rules"].map((name) => path.resolve(here, "..", "..", name));
  const hash = createHash("sha256");
  for (const root of roots) for (const file of filesUnder(root)) hash.update(`\0${path.relative(root, file)}\0`).update(readFileSync(file));
  cached = hash.digest("base64url");
  return cached;
}
function filesUnder(dir, depth = 0) {
  let names;
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const file = path.join(dir, name);
    const stats = statSync(file, { throwIfNoEntry: false });
    if (stats?.isDirectory()) return depth < 8 ? filesUnder(file, depth + 1) : [];
    return stats?.isFile() ? [file] : [];
  });
}

// src/run/lint-cache.ts
var runEntry = "<lint run>";
var LintCache = class _LintCache {
  constructor(cache, key) {
    this.cache = cache;
    this.key = key;
  }
  cache;
  key;
  /** Opens the run's cache, or undefined when the run has none (no cache asked, no secret, standard input). */
  static open(run, settings) {
    if (run.cacheFile === void 0 || run.cacheSecret === void 0 || run.stdin.files.length > 0) return void 0;
    const inputs = [...run.files, ...run.kustomize.read.map((name) => path2.resolve(run.cwd, name))].map((file) => [file, hashOf(file)]);
    const base = runKey({ ...run, crdFiles: inputs });
    const cluster = (settings.cluster ?? (run.config.cluster === void 0 ? [] : [run.config.cluster])).map((file) => [file, hashOf(path2.resolve(run.cwd, file))]);
    const key = createHash2("sha256").update(JSON.stringify([base, codeFingerprint(), settings.rules ?? {}, settings.reportUnusedDisableDirectives === true, settings.nodeCapacity ?? null, cluster, run.selected, run.allowUntyped, settings.kustomizeBases === true])).digest("base64url");
    return new _LintCache(ResultCache.open(run.cacheFile, key, run.cacheSecret, run.notify), key);
  }
  /** The result of an earlier run with the same key, without resources. */
  get(run) {
    const hit = this.cache.get(runEntry, this.key);
    if (hit?.run === void 0) return void 0;
    return { ...hit.run, diagnostics: hit.diagnostics, resources: new ResourceSet([]), kubernetesVersion: run.kubernetesVersion, config: run.config, root: run.root, skipped: run.skipped, threads: 1, kustomizationsBuilt: hit.run.counts.kustomizationsBuilt };
  }
  set(result) {
    this.cache.set(runEntry, this.key, { diagnostics: result.diagnostics, objects: result.counts.objects, run: { files: result.files, counts: result.counts } });
    this.cache.save();
  }
};
function hashOf(file) {
  const read = readFileBounded(file, defaultMaxFileBytes);
  return read.ok ? contentHash(Buffer.from(read.bytes.buffer, read.bytes.byteOffset, read.bytes.byteLength)) : `${read.code}: ${read.message}`;
}

// src/run/run-lint.ts
async function lint(options) {
  const run = await prepareRun(options, "lint");
  const cache = LintCache.open(run, options);
  const cached2 = cache?.get(run);
  if (cached2) return cached2;
  const result = await lintRun(run, options);
  cache?.set(result);
  return result;
}
async function lintRun(run, options) {
  const { config } = run;
  const lintSet = await prepareLint({
    extends: config.extends,
    rules: config.rules,
    locations: config.ruleLocations,
    overrides: options.rules,
    kubernetesVersion: run.kubernetesVersion,
    defaultNamespace: options.namespace ?? config.namespace,
    reportUnusedDisableDirectives: options.reportUnusedDisableDirectives,
    timings: options.ruleTimings
  });
  return checkRun(run, true, async (resources) => {
    const cluster = await clusterFactsOf(options, run, resources);
    const leftOut = leftOutNames(run);
    return [...cluster.diagnostics, ...lintSet(resources, cluster.facts).filter((d) => !leftOut.has(d.range.file))];
  });
}
async function clusterFactsOf(options, run, resources) {
  const files = options.cluster ?? (run.config.cluster === void 0 ? void 0 : [run.config.cluster]);
  if (files === void 0) return { diagnostics: [] };
  const [{ loadClusterModel }, { clusterFacts }] = await Promise.all([import("./load-cluster-44574AE7.js"), import("./plan-0A9864E0.js")]);
  const loaded = await loadClusterModel(files, { nodeCapacity: options.nodeCapacity, kubernetesVersion: run.kubernetesVersion, cwd: run.cwd });
  if (!loaded.model) return { diagnostics: loaded.diagnostics };
  const defaultNamespace = options.namespace ?? run.config.namespace;
  return { facts: clusterFacts(resources, loaded.model, { kubernetesVersion: run.kubernetesVersion, defaultNamespace }), diagnostics: loaded.diagnostics };
}
export {
  lint
};
