import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  loadConfig
} from "./chunk-HOC4BOUA.js";
import {
  checkShard,
  displayName,
  findInputs,
  loadText
} from "./chunk-EJOEXQHY.js";
import {
  DrydockError,
  ResourceSet,
  compareDiagnostics,
  defaultKubernetesVersion,
  parseKubernetesVersion
} from "./chunk-BSOXEOXS.js";

// src/run-validate.ts
import { statSync as statSync2 } from "node:fs";
import { availableParallelism } from "node:os";

// src/validate-in-parallel.ts
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var parallelThresholdBytes = 2 * 1024 * 1024;
function workerScript() {
  const here = fileURLToPath(import.meta.url);
  if (!here.split(path.sep).includes("dist")) return void 0;
  for (let dir = path.dirname(here); path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    const script = path.join(dir, "validate-worker.js");
    if (existsSync(script)) return script;
  }
  return void 0;
}
function shardFiles(files, sizes, count) {
  const shards = Array.from({ length: count }, () => ({ files: [], bytes: 0 }));
  const order = files.map((file, i) => ({ file, size: sizes[i] })).sort((a, b) => b.size - a.size || (a.file < b.file ? -1 : 1));
  for (const { file, size } of order) {
    const lightest = shards.reduce((best, shard) => shard.bytes < best.bytes ? shard : best);
    lightest.files.push(file);
    lightest.bytes += size;
  }
  return shards.map((shard) => shard.files).filter((list) => list.length > 0);
}
async function checkInParallel(files, base, jobs, script) {
  const sizes = files.map((file) => sizeOf(file));
  const crds = base.crds ?? findCrds(files, base.cwd);
  const [mine, ...theirs] = shardFiles(files, sizes, jobs);
  const workers = theirs.map((shard) => runWorker(script, { ...base, files: shard, crds }));
  const own = await checkShard({ ...base, files: mine, crds });
  const results = [own, ...await Promise.all(workers)];
  const diagnostics = [];
  for (const result of results) for (const d of result.diagnostics) diagnostics.push(d);
  return { files: results.flatMap((r) => r.files), diagnostics, resources: own.resources };
}
function runWorker(script, input) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: input });
    worker.once("message", (message) => resolve({ ...message, resources: [] }));
    worker.once("error", (error) => reject(new DrydockError("internal", `a worker thread failed: ${error.message}`)));
    worker.once("exit", (code) => {
      if (code !== 0) reject(new DrydockError("internal", `a worker thread exited with code ${code}`));
    });
  });
}
function findCrds(files, cwd) {
  const crds = [];
  for (const file of files) {
    let text;
    try {
      text = readFileSync(file, "utf8");
    } catch {
      continue;
    }
    if (!text.includes("CustomResourceDefinition")) continue;
    for (const resource of loadText(text, displayName(file, cwd)).resources) {
      if (resource.kind === "CustomResourceDefinition") crds.push({ object: resource.object, source: resource.source });
    }
  }
  return crds;
}
function sizeOf(file) {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

// src/run-validate.ts
async function validate(options) {
  const cwd = options.cwd ?? process.cwd();
  const config = options.config ?? loadConfig({ cwd, file: options.configFile });
  const kubernetesVersion = resolveVersion(options.kubernetesVersion, config);
  const entries = findInputs(options.paths, { cwd, ignore: config.ignore });
  const files = entries.flatMap((entry) => entry.kind === "file" ? [entry.path] : []);
  const stdin = entries.some((entry) => entry.kind === "stdin") ? await readStdin(options) : { resources: [], diagnostics: [], files: [] };
  const keepsResources = options.keepResources !== false;
  const crds = keepsResources || stdin.files.length > 0 ? void 0 : findCrds(files, cwd);
  const base = { cwd, kubernetesVersion, schemaDirs: [...config.schemas, ...options.schemaDirs ?? []], crds };
  const jobs = Math.max(1, Math.floor(options.jobs ?? Math.min(availableParallelism(), 4)));
  const script = workerScript();
  const canUseWorkers = jobs > 1 && script !== void 0 && crds !== void 0;
  const isLarge = canUseWorkers && totalBytes(files) >= parallelThresholdBytes;
  const checked = isLarge ? await checkInParallel(files, base, Math.min(jobs, files.length), script) : await checkShard({ ...base, files }, stdin);
  const order = new Map(entries.map((entry, i) => [entry.kind === "stdin" ? "<stdin>" : displayName(entry.path, cwd), i]));
  const allFiles = [.../* @__PURE__ */ new Set([...stdin.files, ...checked.files])].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  checked.diagnostics.sort(compareDiagnostics);
  const resources = new ResourceSet(keepsResources ? checked.resources : []);
  return { diagnostics: checked.diagnostics, resources, files: allFiles, kubernetesVersion, config };
}
async function readStdin(options) {
  const text = options.readStdin ? await options.readStdin() : "";
  const loaded = loadText(text, "<stdin>", text.trimStart().startsWith("{") ? "json" : "yaml");
  return { ...loaded, files: ["<stdin>"] };
}
function totalBytes(files) {
  let total = 0;
  for (const file of files) {
    try {
      total += statSync2(file).size;
    } catch {
    }
  }
  return total;
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
  validate
};
