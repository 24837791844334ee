import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  BatchQueue,
  batchSize,
  checkBatches,
  checkShard,
  defaultMaxFileBytes,
  displayName,
  findInputs,
  loadFile,
  loadText,
  mergeBatches
} from "./chunk-Z7AFDBKP.js";
import {
  loadConfig
} from "./chunk-4QG2DBLK.js";
import {
  DrydockError,
  ResourceSet,
  compareDiagnostics,
  defaultKubernetesVersion,
  parseKubernetesVersion
} from "./chunk-HHYWI5MN.js";

// src/run-validate.ts
import { availableParallelism } from "node:os";

// src/find-crds.ts
import { readFileSync, statSync } from "node:fs";
var crdKind = "CustomResourceDefinition";
async function findCrds(files, cwd) {
  const found = { crds: [], loaded: /* @__PURE__ */ new Map(), crdFileBytes: 0, inputBytes: 0 };
  for (const file of files) {
    let bytes;
    try {
      const stats = statSync(file);
      if (!stats.isFile() || stats.size > defaultMaxFileBytes) continue;
      bytes = readFileSync(file);
    } catch {
      continue;
    }
    found.inputBytes += bytes.length;
    if (!bytes.includes(crdKind)) continue;
    const loaded = await loadFile(file, displayName(file, cwd));
    found.loaded.set(file, loaded);
    found.crdFileBytes += bytes.length;
    for (const resource of loaded.resources) {
      if (resource.kind === crdKind) found.crds.push({ object: resource.object, source: resource.source });
    }
  }
  return found;
}

// src/validate-in-parallel.ts
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var parallelThresholdBytes = 2 * 1024 * 1024;
var maxParallelCrdShare = 0.25;
function workerScript() {
  const here = fileURLToPath(import.meta.url);
  if (!here.split(path.sep).includes("dist")) return void 0;
  for (let dir = path.dirname(here); path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    const script = path.join(dir, "validate-worker.js");
    if (existsSync(script)) return script;
  }
  return void 0;
}
async function checkInParallel(input, jobs, script, preloaded) {
  const queue = new BatchQueue(input.files, batchSize);
  const workerInput = { input, queue: { shared: queue.shared, batchSize } };
  const workers = Array.from({ length: Math.min(jobs, queue.batchCount) - 1 }, () => runWorker(script, workerInput));
  const own = await checkBatches(input, queue, preloaded);
  const theirs = await Promise.all(workers);
  return mergeBatches([...own, ...theirs.flat()]);
}
function runWorker(script, workerData) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData });
    worker.once("message", (message) => resolve(message.batches));
    worker.once("error", (error) => reject(new DrydockError("internal", `a worker thread failed: ${error.message}`)));
    worker.once("exit", (code) => {
      if (code !== 0) reject(new DrydockError("internal", `a worker thread exited with code ${code}`));
    });
  });
}

// src/run-validate.ts
async function validate(options) {
  return checkRun(await prepareRun(options), options.keepResources !== false);
}
async function checkRun(run, keepsResources) {
  const { cwd, kubernetesVersion, schemaDirs, files, stdin } = run;
  let checked;
  if (keepsResources || stdin.files.length > 0) {
    checked = await checkShard({ cwd, kubernetesVersion, schemaDirs, files }, stdin);
  } else {
    const found = await findCrds(files, cwd);
    const input = { cwd, kubernetesVersion, schemaDirs, files, crds: found.crds };
    const script = workerScript();
    const isParallel = run.jobs > 1 && script !== void 0 && isWorthThreads(found);
    checked = isParallel ? await checkInParallel(input, run.jobs, script, found.loaded) : mergeBatches(await checkBatches(input, new BatchQueue(files, batchSize), found.loaded));
  }
  return finishRun(run, checked, keepsResources);
}
async function prepareRun(options) {
  const cwd = options.cwd ?? process.cwd();
  const config = options.config ?? loadConfig({ cwd, file: options.configFile });
  const kubernetesVersion = resolveVersion(options.kubernetesVersion, config);
  const entries = findInputs(options.paths, { cwd, ignore: config.ignore });
  const files = entries.flatMap((entry) => entry.kind === "file" ? [entry.path] : []);
  const stdin = entries.some((entry) => entry.kind === "stdin") ? await readStdin(options) : { resources: [], diagnostics: [], files: [] };
  const schemaDirs = [...config.schemas, ...options.schemaDirs ?? []];
  const jobs = Math.max(1, Math.floor(options.jobs ?? Math.min(availableParallelism(), 4)));
  return { cwd, config, kubernetesVersion, schemaDirs, entries, files, stdin, jobs };
}
function isWorthThreads(found) {
  return found.inputBytes >= parallelThresholdBytes && found.crdFileBytes <= found.inputBytes * maxParallelCrdShare;
}
function finishRun(run, checked, keepsResources) {
  const order = new Map(run.entries.map((entry, i) => [entry.kind === "stdin" ? "<stdin>" : displayName(entry.path, run.cwd), i]));
  const allFiles = [.../* @__PURE__ */ new Set([...run.stdin.files, ...checked.files])].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  checked.diagnostics.sort(compareDiagnostics);
  const resources = new ResourceSet(keepsResources ? checked.resources : []);
  return { diagnostics: checked.diagnostics, resources, files: allFiles, kubernetesVersion: run.kubernetesVersion, config: run.config };
}
async function readStdin(options) {
  const text = options.readStdin ? await options.readStdin() : "";
  const loaded = loadText(text, "<stdin>", text.trimStart().startsWith("{") ? "json" : "yaml");
  return { ...loaded, files: ["<stdin>"] };
}
function resolveVersion(requested, config) {
  if (requested === void 0) return config.kubernetesVersion ?? defaultKubernetesVersion;
  const version = parseKubernetesVersion(requested);
  if (!version) {
    throw new DrydockError("unknown-kubernetes-version", `Kubernetes version "${requested}" is not bundled; use 1.28 to 1.36`);
  }
  return version;
}

export {
  validate,
  checkRun,
  prepareRun,
  isWorthThreads,
  finishRun
};
