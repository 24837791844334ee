import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  BatchQueue,
  batchSize,
  checkBatches,
  checkShard,
  mergeBatches
} from "./chunk-0CAA22A5.js";
import {
  KustomizationsNear
} from "./chunk-4C299840.js";
import {
  defaultMaxFileBytes,
  displayName,
  findInputFiles,
  findKustomizationFile,
  ignoreMatcher,
  isKustomizationFileName,
  isTemplateNote,
  loadFile,
  loadStdin,
  manifestExtensions,
  pathProblem,
  realOrUndefined,
  resolveRoot
} from "./chunk-6BE7FF14.js";
import {
  cacheSecret,
  changedFiles,
  defaultCacheLocation,
  filesChanged,
  filesOfShard,
  isShard,
  loadConfig,
  userCacheDir,
  version
} from "./chunk-89C6DB83.js";
import {
  DrydockError,
  ResourceSet,
  compareDiagnostics,
  defaultKubernetesVersion,
  describeRun,
  describeSkipped,
  findingKey,
  isInside,
  parseKubernetesVersion,
  safeMessage
} from "./chunk-084AE718.js";

// src/run/run-validate.ts
import { availableParallelism } from "node:os";
import path4 from "node:path";

// src/run/find-crds.ts
import { readFileSync, statSync } from "node:fs";
var crdKind = "CustomResourceDefinition";
async function findCrds(files, cwd, hash) {
  const found = { crds: [], unreadable: [], loaded: /* @__PURE__ */ new Map(), crdFileBytes: 0, inputBytes: 0, sizes: /* @__PURE__ */ new Map(), hashes: /* @__PURE__ */ new Map(), crdFiles: [], isParsed: hash === void 0 };
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
    found.sizes.set(file, bytes.length);
    const mentionsCrds = bytes.includes(crdKind);
    if (hash && (mentionsCrds || hash.accepts(file))) found.hashes.set(file, hash.of(bytes));
    if (!mentionsCrds) continue;
    found.crdFileBytes += bytes.length;
    found.crdFiles.push(file);
    if (!hash) await parseCrdFile(found, file, cwd);
  }
  return found;
}
async function parseCrds(found, cwd) {
  if (found.isParsed) return;
  found.isParsed = true;
  for (const file of found.crdFiles) await parseCrdFile(found, file, cwd);
}
async function parseCrdFile(found, file, cwd) {
  const loaded = await loadFile(file, displayName(file, cwd));
  found.loaded.set(file, loaded);
  for (const resource of loaded.resources) {
    if (resource.kind === crdKind) found.crds.push({ object: resource.object, source: resource.source });
  }
  for (const crd of loaded.unreadableCrds ?? []) found.unreadable.push(crd);
}

// src/run/result-cache.ts
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { existsSync, readdirSync, readFileSync as readFileSync2, renameSync, statSync as statSync2, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
var cacheFormat = 3;
var headerPattern = /^drydock-cache (\d+) ([0-9a-f]{64})\n/;
function runKey(parts) {
  const hash = createHash("sha256");
  hash.update(JSON.stringify([parts.version ?? version, parts.cwd, parts.config, parts.kubernetesVersion, parts.defaultNamespace ?? null]));
  for (const dir of parts.schemaDirs) hash.update(`\0schemas\0${JSON.stringify(listSchemaFiles(path.resolve(parts.cwd, dir)))}`);
  for (const [file, content] of parts.crdFiles) hash.update(`\0crd\0${file}\0${content}`);
  return hash.digest("base64url");
}
function contentHash(bytes) {
  return createHash("sha1").update(bytes).digest("base64url");
}
var ResultCache = class _ResultCache {
  constructor(location, key, secret, entries) {
    this.location = location;
    this.key = key;
    this.secret = secret;
    this.entries = entries;
  }
  location;
  key;
  secret;
  entries;
  seen = /* @__PURE__ */ new Set();
  /**
   * Reads the cache at `location`. A missing, corrupt or other-key cache starts empty; so does
   * one whose signature does not match `secret` (forged, edited, or another user's), and
   * `notify` is told so. Only a cache this user's secret signed is ever believed.
   */
  static open(location, key, secret, notify = () => {
  }) {
    return new _ResultCache(location, key, secret, readEntries(location, key, secret, notify));
  }
  /** What is cached for `file` with these contents, or undefined. */
  get(file, hash) {
    const entry = this.entries.get(file);
    if (entry === void 0 || entry[0] !== hash) return void 0;
    this.seen.add(file);
    return entry[3] === void 0 ? { diagnostics: entry[1], objects: entry[2] } : { diagnostics: entry[1], objects: entry[2], run: entry[3] };
  }
  set(file, hash, result) {
    this.entries.set(file, result.run === void 0 ? [hash, result.diagnostics, result.objects] : [hash, result.diagnostics, result.objects, result.run]);
    this.seen.add(file);
  }
  /** Writes the cache (to a temporary file first, so a crash never leaves half a cache). */
  save() {
    const files = {};
    for (const [file, entry] of this.entries) {
      if (this.seen.has(file) || existsSync(file)) files[file] = entry;
    }
    const temporary = `${this.location}.${process.pid}.tmp`;
    const payload = JSON.stringify({ version, key: this.key, files });
    try {
      writeFileSync(temporary, `drydock-cache ${cacheFormat} ${sign(payload, this.secret)}
${payload}`, { flag: "wx", mode: 384 });
      renameSync(temporary, this.location);
    } catch (error) {
      try {
        unlinkSync(temporary);
      } catch {
      }
      throw new DrydockError("output-unwritable", `cannot write the cache ${this.location}: ${error.message}`);
    }
  }
};
function sign(payload, secret) {
  return createHmac("sha256", secret).update(payload).digest("hex");
}
function readEntries(location, key, secret, notify) {
  let text;
  try {
    if (!statSync2(location).isFile()) return /* @__PURE__ */ new Map();
    text = readFileSync2(location, "utf8");
  } catch {
    return /* @__PURE__ */ new Map();
  }
  const header = headerPattern.exec(text);
  if (header === null || Number(header[1]) !== cacheFormat) return /* @__PURE__ */ new Map();
  const payload = text.slice(header[0].length);
  const expected = Buffer.from(sign(payload, secret), "hex");
  if (!timingSafeEqual(Buffer.from(header[2], "hex"), expected)) {
    notify(`ignoring the cache ${location}: its signature does not match this user's key (edited, copied or planted); checking every file afresh`);
    return /* @__PURE__ */ new Map();
  }
  try {
    const data = JSON.parse(payload);
    if (data.key !== key || typeof data.files !== "object" || data.files === null) return /* @__PURE__ */ new Map();
    return new Map(Object.entries(data.files).filter(([, entry]) => isEntry(entry)));
  } catch {
    return /* @__PURE__ */ new Map();
  }
}
function isEntry(value) {
  return Array.isArray(value) && (value.length === 3 || value.length === 4) && typeof value[0] === "string" && Array.isArray(value[1]) && typeof value[2] === "number";
}
function listSchemaFiles(dir) {
  const out = [];
  const visit = (folder, depth) => {
    let names;
    try {
      names = readdirSync(folder).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const file = path.join(folder, name);
      try {
        const stats = statSync2(file);
        if (stats.isDirectory() && depth < 16) visit(file, depth + 1);
        else if (stats.isFile()) out.push([file, stats.size, stats.mtimeMs]);
      } catch {
      }
    }
  };
  visit(dir, 0);
  return out;
}

// src/run/distinct-findings.ts
function distinctFindings(findings) {
  const seen = /* @__PURE__ */ new Set();
  return findings.filter((d) => {
    const key = findingKey(d);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// src/run/kustomize-inputs.ts
import path2 from "node:path";
async function buildKustomizations(entries, options) {
  const folders = /* @__PURE__ */ new Set();
  const namedKustomizations = /* @__PURE__ */ new Set();
  const named = [];
  for (const entry of entries) {
    if (entry.kind !== "file") continue;
    const isKustomizationFile = isKustomizationFileName(path2.basename(entry.path));
    if (!entry.named || isKustomizationFile) folders.add(path2.dirname(entry.path));
    else named.push(entry.path);
    if (entry.named && isKustomizationFile) namedKustomizations.add(path2.dirname(entry.path));
  }
  const none = { builds: [], consumed: /* @__PURE__ */ new Set(), throughNamed: /* @__PURE__ */ new Set(), namedThrough: /* @__PURE__ */ new Set(), notes: /* @__PURE__ */ new Map() };
  const { files } = options;
  const realOf = (file) => files ? files.realPath(file) : realOrUndefined(file);
  const kindOf = files ? (file) => files.kindOf(file) : void 0;
  const ignoreBase = options.ignoreBase ?? options.cwd;
  const isIgnored = options.ignore === void 0 ? () => false : ignoreMatcher(options.ignore, realOrUndefined(ignoreBase) ?? ignoreBase);
  const isBuilt = (dir) => {
    const file = findKustomizationFile(dir, kindOf);
    return file !== void 0 && (namedKustomizations.has(dir) || !isIgnored(path2.join(realOf(dir) ?? dir, path2.basename(file))));
  };
  const found = [...folders].sort().filter(isBuilt);
  const search = new KustomizationsNear(options.root, options.nearLimits, { files, isIgnored });
  const near = nearFolders(named, search, realOf);
  if (found.length === 0 && near.size === 0) return none;
  const kustomize = await import("./kustomize-5D97D1F8.js");
  const { buildKustomization } = kustomize;
  const byFolder = /* @__PURE__ */ new Map();
  const buildOf = (dir) => {
    if (!byFolder.has(dir)) byFolder.set(dir, buildKustomization(dir, options));
    return byFolder.get(dir);
  };
  const builds = found.flatMap((dir) => buildOf(dir) ?? []);
  const consumed = /* @__PURE__ */ new Set();
  for (const build of builds) for (const file of build.files) consumed.add(file);
  let kept = options.includeBases ? builds : builds.filter((build) => !isUsedByAnother(build, builds));
  const throughNamed = /* @__PURE__ */ new Set();
  const namedThrough = /* @__PURE__ */ new Set();
  const checkThrough = (files2, users) => {
    for (const file of files2) namedThrough.add(file).add(realOf(file) ?? file);
    for (const build of options.includeBases ? users : users.filter((user) => !isUsedByAnother(user, users))) {
      if (!kept.includes(build)) throughNamed.add(build);
    }
  };
  for (const component of kept.filter((build) => build.isComponent && !isUsedByAnother(build, builds))) {
    const dir = path2.dirname(component.file);
    const real = realOf(dir) ?? dir;
    const users = search.of(real).flatMap((folder) => buildOf(folder) ?? []).filter((build) => !build.isComponent && (build.folders.has(dir) || build.folders.has(real)));
    if (users.length === 0) continue;
    kept = kept.filter((build) => build !== component);
    checkThrough(component.files, users);
  }
  const notes = /* @__PURE__ */ new Map();
  for (const file of named) {
    if (consumed.has(file)) continue;
    const real = realOf(file) ?? file;
    const readers = [...near.get(path2.dirname(file)) ?? []].flatMap((dir) => buildOf(dir) ?? []).filter((build) => build.files.has(file) || build.files.has(real));
    if (readers.length === 0) continue;
    consumed.add(file);
    const users = readers.filter((build) => !build.isComponent);
    if (users.length > 0) checkThrough([file], users);
    else notes.set(file, componentOnlyNote(kustomize.kustomizeDiagnostic, files ? files.displayName(file) : displayName(file, options.cwd)));
  }
  return { builds: [...kept, ...throughNamed], consumed, throughNamed, namedThrough, notes };
}
function componentOnlyNote(diagnostic, name) {
  const at = { line: 1, column: 1 };
  const message = "not checked: only a kustomize Component reads this file, and no kustomization found near it uses that component (name the overlay that does)";
  return diagnostic("component-not-used", "info", message, { file: name, start: at, end: at });
}
function isUsedByAnother(build, builds) {
  const dir = path2.dirname(build.file);
  return builds.some((other) => other !== build && other.folders.has(dir));
}
function nearFolders(named, search, realOf) {
  const near = /* @__PURE__ */ new Map();
  for (const file of named) {
    const dir = path2.dirname(file);
    if (near.has(dir)) continue;
    const real = realOf(dir);
    const folders = real === void 0 ? [] : search.of(real);
    if (folders.length > 0) near.set(dir, folders);
  }
  return near;
}
function filesCheckedAlone(entries, inputs) {
  return entries.flatMap((entry) => entry.kind === "file" && !inputs.consumed.has(entry.path) && (entry.named === true || manifestExtensions.test(entry.path)) ? [entry.path] : []);
}
function builtOutput(builds) {
  return { resources: builds.flatMap((build) => build.resources), diagnostics: distinctFindings(builds.flatMap((build) => build.diagnostics)) };
}

// src/run/selected-builds.ts
function selectBuilds(kustomizations, selection) {
  const { cwd, shard, changed } = selection;
  const { throughNamed, namedThrough } = kustomizations;
  const namedHere = shard ? new Set(filesOfShard([...namedThrough], shard, cwd)) : namedThrough;
  const namedFilesOf = (build) => [...build.files].filter((file) => namedHere.has(file));
  const shardFilesOf = (build) => throughNamed.has(build) ? namedFilesOf(build) : [build.file];
  let selectedBuilds = shard ? kustomizations.builds.filter((build) => filesOfShard(shardFilesOf(build), shard, cwd).length > 0) : kustomizations.builds;
  let noted = shard ? filesOfShard([...kustomizations.notes.keys()], shard, cwd) : [...kustomizations.notes.keys()];
  if (changed !== void 0) {
    selectedBuilds = selectedBuilds.filter((build) => filesChanged([...build.files], changed).length > 0);
    noted = filesChanged(noted, changed);
  }
  const checkedFilesOf = (build) => throughNamed.has(build) ? namedFilesOf(build) : [build.file, ...build.files];
  const builtFiles = [.../* @__PURE__ */ new Set([...selectedBuilds.flatMap(checkedFilesOf), ...noted])].map((file) => displayName(file, cwd));
  const reported = new Set(builtFiles);
  const read = [...new Set(selectedBuilds.flatMap((build) => [build.file, ...build.files]).map((file) => displayName(file, cwd)))];
  const leftOutOfBuilds = new Set(read.filter((name) => !reported.has(name)));
  for (const file of selection.aloneFiles) leftOutOfBuilds.delete(displayName(file, cwd));
  const builtOut = builtOutput(selectedBuilds);
  builtOut.diagnostics = builtOut.diagnostics.filter((d) => !leftOutOfBuilds.has(d.range.file));
  for (const file of noted) builtOut.diagnostics.push(kustomizations.notes.get(file));
  const builtObjects = /* @__PURE__ */ new Map();
  for (const build of selectedBuilds) {
    const at = displayName(checkedFilesOf(build)[0] ?? build.file, cwd);
    builtObjects.set(at, (builtObjects.get(at) ?? 0) + build.resources.length);
  }
  const reporting = new Set(selectedBuilds.filter((build) => build.diagnostics.some((d) => !leftOutOfBuilds.has(d.range.file))).map((build) => displayName(build.file, cwd)));
  return { ...builtOut, files: builtFiles, objects: builtFiles.map((file) => builtObjects.get(file) ?? 0), count: selectedBuilds.filter((build) => !build.isComponent).length, leftOut: leftOutOfBuilds, read, reporting };
}

// src/run/validate-in-parallel.ts
import { existsSync as existsSync2 } from "node:fs";
import path3 from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var parallelThresholdBytes = 2 * 1024 * 1024;
var maxParallelCrdShare = 0.25;
function workerScript() {
  const here = fileURLToPath(import.meta.url);
  if (!here.split(path3.sep).includes("dist")) return void 0;
  for (let dir = path3.dirname(here); path3.dirname(dir) !== dir; dir = path3.dirname(dir)) {
    const script = path3.join(dir, "validate-worker.js");
    if (existsSync2(script)) return script;
  }
  return void 0;
}
async function checkInParallel(input, jobs, script, preloaded) {
  const queue = new BatchQueue(input.files, batchSize);
  const workerInput = { input, queue: { shared: queue.shared, batchSize } };
  const workers = Array.from({ length: Math.min(jobs, queue.batchCount) - 1 }, () => runWorker(script, workerInput));
  const own = await checkBatches(input, queue, preloaded);
  const theirs = await Promise.all(workers);
  return { output: mergeBatches([...own, ...theirs.flat()]), threads: workers.length + 1 };
}
function runWorker(script, workerData) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData });
    worker.once("message", (message) => resolve(message.batches));
    worker.once("error", (error) => reject(asDrydockError(error)));
    worker.once("exit", (code) => {
      if (code !== 0) reject(new DrydockError("internal", `a worker thread exited with code ${code}`));
    });
  });
}
function asDrydockError(error) {
  const code = error.code;
  if (error.name === "DrydockError" && code !== void 0) return new DrydockError(code, error.message);
  return new DrydockError("internal", `a worker thread failed: ${error.message}`);
}

// src/run/run-validate.ts
async function validate(options) {
  if (options.cache && options.keepResources === true) {
    throw new DrydockError("usage", "the cache keeps diagnostics, not resources: it cannot be used with keepResources");
  }
  return checkRun(await prepareRun(options), options.keepResources ?? !options.cache);
}
async function checkRun(run, keepsResources, moreFindings) {
  const { cwd, kubernetesVersion, schemaDirs, files, selected, stdin, defaultNamespace } = run;
  let checked;
  let threads = 1;
  const built = run.kustomize;
  if (keepsResources || stdin.files.length > 0) {
    const extra = { resources: [...stdin.resources, ...built.resources], diagnostics: [...stdin.diagnostics] };
    checked = onlySelected(run, await checkShard({ cwd, kubernetesVersion, schemaDirs, files, defaultNamespace }, extra));
    for (const diagnostic of built.diagnostics) checked.diagnostics.push(diagnostic);
    for (const file of built.files) checked.files.push(file);
    for (const count of built.objects) checked.objects.push(count);
  } else {
    const wanted = new Set(selected);
    const hashing = run.cacheFile === void 0 ? void 0 : { accepts: (file) => wanted.has(file), of: contentHash };
    const found = await findCrds(files, cwd, hashing);
    const crdFiles = found.crdFiles.map((file) => [file, found.hashes.get(file) ?? ""]);
    const cache = run.cacheFile === void 0 || run.cacheSecret === void 0 ? void 0 : ResultCache.open(run.cacheFile, runKey({ ...run, crdFiles }), run.cacheSecret, run.notify);
    const reused = { files: [], objects: [], diagnostics: [], resources: [] };
    const toCheck = [];
    for (const file of selected) {
      const hash = found.hashes.get(file);
      const cached = hash === void 0 ? void 0 : cache?.get(file, hash);
      if (cached === void 0) toCheck.push(file);
      else {
        reused.files.push(displayName(file, cwd));
        reused.objects.push(cached.objects);
        for (const diagnostic of cached.diagnostics) reused.diagnostics.push(diagnostic);
      }
    }
    if (toCheck.length > 0) await parseCrds(found, cwd);
    const input = { cwd, kubernetesVersion, schemaDirs, files: toCheck, crds: found.crds, unreadableCrds: found.unreadable, defaultNamespace };
    const script = workerScript();
    const checkedBytes = toCheck.reduce((sum, file) => sum + (found.sizes.get(file) ?? 0), 0);
    const isParallel = run.jobs > 1 && script !== void 0 && isWorthThreads({ inputBytes: checkedBytes, crdFileBytes: found.crdFileBytes });
    let fresh;
    if (isParallel) {
      const parallel = await checkInParallel(input, run.jobs, script, found.loaded);
      fresh = parallel.output;
      threads = parallel.threads;
    } else {
      fresh = mergeBatches(await checkBatches(input, new BatchQueue(toCheck, batchSize), found.loaded));
    }
    if (cache) storeResults(cache, fresh, toCheck, found.hashes, cwd);
    const ofBuilds = built.resources.length === 0 ? { diagnostics: [] } : await checkShard({ ...input, files: [] }, { resources: built.resources, diagnostics: [] });
    ofBuilds.diagnostics = ofBuilds.diagnostics.filter((d) => !built.leftOut.has(d.range.file));
    checked = {
      files: [...reused.files, ...fresh.files, ...built.files],
      objects: [...reused.objects, ...fresh.objects, ...built.objects],
      diagnostics: [...reused.diagnostics, ...fresh.diagnostics, ...ofBuilds.diagnostics, ...built.diagnostics],
      resources: []
    };
  }
  const resources = new ResourceSet(keepsResources ? checked.resources : []);
  if (moreFindings) for (const diagnostic of await moreFindings(resources)) checked.diagnostics.push(diagnostic);
  return finishRun(run, checked, resources, threads);
}
function storeResults(cache, fresh, checkedFiles, hashes, cwd) {
  const byName = new Map(fresh.files.map((name, i) => [name, { diagnostics: [], objects: fresh.objects[i] ?? 0 }]));
  for (const diagnostic of fresh.diagnostics) {
    const own = byName.get(diagnostic.range.file);
    if (own === void 0) return;
    own.diagnostics.push(diagnostic);
  }
  for (const file of checkedFiles) {
    const hash = hashes.get(file);
    const result = byName.get(displayName(file, cwd));
    if (hash !== void 0 && result !== void 0) cache.set(file, hash, result);
  }
  cache.save();
}
function onlySelected(run, output) {
  const left = leftOutNames(run);
  if (left.size === 0) return output;
  const kept = output.files.map((name) => !left.has(name));
  return {
    ...output,
    files: output.files.filter((_, i) => kept[i]),
    objects: output.objects.filter((_, i) => kept[i]),
    diagnostics: output.diagnostics.filter((d) => !left.has(d.range.file))
  };
}
function leftOutNames(run) {
  const left = new Set(run.kustomize.leftOut);
  if (run.selected.length === run.files.length) return left;
  const selected = new Set(run.selected);
  for (const file of run.files) if (!selected.has(file)) left.add(displayName(file, run.cwd));
  return left;
}
async function prepareRun(options, command = "validate") {
  const cwd = options.cwd ?? process.cwd();
  const root = resolveRoot(cwd, options.root);
  const checkPath = configPathCheck(root, cwd, options.configFile);
  const loaded = options.config ?? loadConfig({ cwd, file: options.configFile, root, checkPath });
  const config = options.kustomizeLoadRestrictor === void 0 ? loaded : { ...loaded, kustomizeLoadRestrictor: options.kustomizeLoadRestrictor };
  if (options.config) checkConfigPaths(options.config, checkPath);
  const kubernetesVersion = resolveVersion(options.kubernetesVersion, config);
  const notify = options.notify ?? (() => {
  });
  const cacheDir = options.cacheDir ?? userCacheDir();
  const cacheFile = options.cache ? path4.resolve(cwd, options.cacheLocation ?? defaultCacheLocation(cacheDir, cwd, command)) : void 0;
  const secret = cacheFile === void 0 ? void 0 : cacheSecret(cacheDir);
  if (cacheFile !== void 0 && secret === void 0) notify(`not caching: cannot keep the cache's key in ${cacheDir}`);
  const found = findInputFiles(options.paths, { cwd, ignore: config.ignore, ignoreBase: config.root, root });
  const entries = found.entries.filter((entry) => entry.kind !== "file" || entry.path !== cacheFile);
  const folders = found.folders.map((folder) => ({ ...folder, files: folder.files.filter((file) => file !== cacheFile) }));
  const empty = folders.find((folder) => folder.files.length === 0);
  if (empty) throw new DrydockError("path-not-found", `no file left to check in ${empty.input}${describeSkipped(empty.skipped)}`);
  if (entries.length === 0) throw new DrydockError("path-not-found", `no file left to check in ${options.paths.join(" ")}${describeSkipped(found.skipped)}`);
  const kustomizations = await buildKustomizations(entries, { root, cwd, includeBases: options.kustomizeBases, loadRestrictor: config.kustomizeLoadRestrictor, ignore: config.ignore, ignoreBase: config.root });
  const files = filesCheckedAlone(entries, kustomizations);
  if (options.shard && !isShard(options.shard)) {
    throw new DrydockError("usage", `a shard is i/n with 1 \u2264 i \u2264 n, not ${options.shard.index}/${options.shard.count}`);
  }
  let selected = options.shard ? filesOfShard(files, options.shard, cwd) : files;
  const changed = options.changedSince === void 0 ? void 0 : changedFiles(options.changedSince, cwd);
  if (changed !== void 0) selected = filesChanged(selected, changed);
  const kustomize = selectBuilds(kustomizations, { cwd, shard: options.shard, changed, aloneFiles: files });
  const stdin = entries.some((entry) => entry.kind === "stdin") ? await readStdin(options) : { resources: [], diagnostics: [], files: [] };
  const schemaDirs = [...config.schemas, ...options.schemaDirs ?? []];
  const jobs = Math.max(1, Math.floor(options.jobs ?? Math.min(availableParallelism(), 4)));
  const notes = options.shard ? found.notes.filter((d) => filesOfShard([path4.resolve(cwd, d.range.file)], options.shard, cwd).length > 0) : found.notes;
  const defaultNamespace = options.namespace ?? config.namespace ?? "default";
  return { cwd, root, allowUntyped: options.allowUntyped === true, defaultNamespace, skipped: found.skipped, notes, config, kubernetesVersion, schemaDirs, entries, folders, files, selected, cacheFile, cacheSecret: secret, notify, stdin, kustomize, jobs };
}
function configPathCheck(root, cwd, configFile) {
  const named = configFile === void 0 ? void 0 : realOrUndefined(path4.resolve(cwd, configFile));
  const ownFolder = named !== void 0 && !isInside(root, named) ? path4.dirname(named) : void 0;
  return (file) => {
    const problem = pathProblem(root, file);
    return problem !== void 0 && ownFolder !== void 0 && pathProblem(ownFolder, file) === void 0 ? void 0 : problem;
  };
}
function checkConfigPaths(config, checkPath) {
  const named = [...config.schemas.map((dir) => ["schemas", dir]), ...config.cluster === void 0 ? [] : [["cluster", config.cluster]]];
  for (const [key, file] of named) {
    const problem = checkPath(file);
    if (problem !== void 0) throw new DrydockError("config-invalid", `${config.file ?? "the configuration"}: ${key} names a path drydock may not read: ${problem}`);
  }
}
function untypedAsError(diagnostic) {
  if (diagnostic.ruleId !== "input/not-a-manifest" || diagnostic.messageId !== "untyped") return diagnostic;
  return { ...diagnostic, ruleId: "schema", messageId: "missingApiVersionAndKind", severity: "error", message: "apiVersion not set, kind not set: kubectl refuses a document without them in a file it is given" };
}
function isWorthThreads(found) {
  return found.inputBytes >= parallelThresholdBytes && found.crdFileBytes <= found.inputBytes * maxParallelCrdShare;
}
function finishRun(run, checked, resources, threads) {
  const order = new Map(run.entries.map((entry, i) => [entry.kind === "stdin" ? "<stdin>" : displayName(entry.path, run.cwd), i]));
  const allFiles = [.../* @__PURE__ */ new Set([...run.stdin.files, ...checked.files])].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  const named = new Set(run.allowUntyped ? [] : run.entries.flatMap((entry) => entry.kind === "stdin" ? ["<stdin>"] : entry.named ? [displayName(entry.path, run.cwd)] : []));
  const diagnostics = distinctFindings([...checked.diagnostics, ...run.notes].map((d) => named.has(d.range.file) ? untypedAsError(d) : d).sort(compareDiagnostics));
  const objects = new Map(checked.files.map((file, i) => [file, checked.objects[i] ?? 0]));
  if (run.stdin.files.length > 0) objects.set("<stdin>", run.stdin.resources.length);
  const counts = countRun(allFiles, objects, diagnostics, run.skipped, run.kustomize.count);
  checkFoldersHoldManifests(run, objects, diagnostics);
  for (const diagnostic of diagnostics) diagnostic.message = safeMessage(diagnostic.message);
  return { diagnostics, resources, files: allFiles, kubernetesVersion: run.kubernetesVersion, config: run.config, root: run.root, skipped: run.skipped, counts, threads, kustomizationsBuilt: run.kustomize.count };
}
function countRun(files, objects, diagnostics, skipped, kustomizationsBuilt = 0) {
  let total = 0;
  for (const file of files) total += objects.get(file) ?? 0;
  const notes = diagnostics.filter((d) => d.ruleId === "input/not-a-manifest");
  const templates = notes.filter(isTemplateNote).length;
  return { files: files.length, objects: total, kustomizationsBuilt, templates, notManifests: notes.length - templates, skipped };
}
function checkFoldersHoldManifests(run, objects, diagnostics) {
  const withFindings = new Set(diagnostics.filter((d) => d.severity !== "info" || d.ruleId.startsWith("kustomize/")).map((d) => d.range.file));
  for (const folder of run.folders) {
    const names = folder.files.map((file) => displayName(file, run.cwd)).filter((name) => objects.has(name));
    if (names.length === 0 || names.some((name) => (objects.get(name) ?? 0) > 0 || withFindings.has(name) || run.kustomize.reporting.has(name))) continue;
    const own = new Set(names);
    const counts = countRun(names, objects, diagnostics.filter((d) => own.has(d.range.file)), folder.skipped);
    throw new DrydockError("path-not-found", `no Kubernetes object in ${folder.input}: ${describeRun(counts)}`);
  }
}
async function readStdin(options) {
  const loaded = await loadStdin(options.readStdin);
  return { ...loaded, files: ["<stdin>"] };
}
function resolveVersion(requested, config) {
  if (requested === void 0) return config.kubernetesVersion ?? defaultKubernetesVersion;
  const version2 = parseKubernetesVersion(requested);
  if (!version2) {
    throw new DrydockError("unknown-kubernetes-version", `Kubernetes version "${requested}" is not bundled; use 1.28 to 1.36`);
  }
  return version2;
}

export {
  runKey,
  contentHash,
  ResultCache,
  distinctFindings,
  buildKustomizations,
  filesCheckedAlone,
  builtOutput,
  validate,
  checkRun,
  leftOutNames,
  prepareRun
};
