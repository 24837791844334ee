import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  loadClusterModel
} from "./chunk-E024D4B3.js";
import {
  buildKustomizations,
  builtOutput,
  distinctFindings,
  filesCheckedAlone,
  validate
} from "./chunk-BB4214E9.js";
import {
  isLiveObject,
  makePlan,
  simulatePlan
} from "./chunk-7A909C19.js";
import "./chunk-0CAA22A5.js";
import {
  GitTree,
  loadGitFiles,
  selectGitFiles
} from "./chunk-4C299840.js";
import {
  defaultMaxFileBytes,
  findInputFiles,
  loadInputs
} from "./chunk-6BE7FF14.js";
import "./chunk-BA0DC00E.js";
import "./chunk-FB1328E6.js";
import "./chunk-89C6DB83.js";
import "./chunk-84BF4BE3.js";
import {
  compareDiagnostics,
  safeMessage
} from "./chunk-084AE718.js";
import "./chunk-E3B0C442.js";

// src/run/run-plan.ts
import { statSync } from "node:fs";
import path from "node:path";
async function plan(options) {
  const cwd = options.cwd ?? process.cwd();
  const validated = await validate({ ...options, cwd, keepResources: true });
  const defaultNamespace = options.namespace ?? validated.config.namespace ?? "default";
  const hasErrors = validated.diagnostics.some((d) => d.severity === "error");
  const result = { diagnostics: validated.diagnostics, files: validated.files, kubernetesVersion: validated.kubernetesVersion, config: validated.config, skipped: validated.skipped, root: validated.root, kustomizationsBuilt: validated.kustomizationsBuilt };
  if (hasErrors && !options.force) return result;
  const base = options.base === void 0 ? void 0 : await readBase(options.base, options.paths, { cwd, ignore: validated.config.ignore, ignoreBase: validated.config.root, root: validated.root, loadRestrictor: validated.config.kustomizeLoadRestrictor });
  const made = makePlan(validated.resources, base?.base, { defaultNamespace, prune: options.prune });
  const clusterFiles = options.cluster ?? (validated.config.cluster === void 0 ? void 0 : [validated.config.cluster]);
  const cluster = clusterFiles === void 0 ? void 0 : await loadClusterModel(clusterFiles, { nodeCapacity: options.nodeCapacity, kubernetesVersion: validated.kubernetesVersion, cwd });
  made.simulation = simulatePlan(made.changes, validated.resources, cluster?.model, { kubernetesVersion: validated.kubernetesVersion, defaultNamespace, route: options.route, maxPods: options.maxPods });
  result.plan = made;
  const validation = validated.diagnostics.filter((d) => d.ruleId !== "input/duplicate-object");
  result.diagnostics = distinctFindings([...validation, ...base?.diagnostics ?? [], ...cluster?.diagnostics ?? [], ...made.diagnostics, ...made.simulation.diagnostics].sort(compareDiagnostics));
  for (const diagnostic of result.diagnostics) diagnostic.message = safeMessage(diagnostic.message);
  return result;
}
function asBaseWarning(diagnostic) {
  return diagnostic.severity === "error" ? { ...diagnostic, severity: "warning", message: `in the base: ${diagnostic.message}` } : diagnostic;
}
async function readBase(base, paths, where) {
  const { cwd } = where;
  const absolute = path.resolve(cwd, base);
  let stats;
  try {
    stats = statSync(absolute);
  } catch {
    stats = void 0;
  }
  if (stats) {
    const loaded2 = await loadBaseFolder(absolute, where);
    const live = loaded2.resources.some((resource) => isLiveObject(resource.object));
    const kind = live ? "live" : "folder";
    return { base: { kind, name: base, resources: loaded2.resources }, diagnostics: loaded2.diagnostics.map(asBaseWarning) };
  }
  const loaded = await loadGitBase(base, paths, where);
  return { base: { kind: "git", name: `git:${base}`, resources: loaded.resources }, diagnostics: loaded.diagnostics.map(asBaseWarning) };
}
async function loadGitBase(ref, paths, where) {
  const tree = GitTree.open(ref, where.cwd, where.root);
  const entries = selectGitFiles(tree, paths, { ignore: where.ignore, ignoreBase: where.ignoreBase });
  const files = entries.flatMap((entry) => entry.kind === "file" ? [entry.path] : []);
  tree.prefetch(files, defaultMaxFileBytes);
  return loadWithBuilds(entries, where, tree, (plain) => loadGitFiles(tree, plain));
}
async function loadBaseFolder(folder, where) {
  const found = findInputFiles([folder], where);
  const loaded = await loadWithBuilds(found.entries, where, void 0, async (plain) => plain.length === 0 ? { resources: [], diagnostics: [] } : loadInputs(plain, where));
  return { resources: loaded.resources, diagnostics: [...found.notes, ...loaded.diagnostics] };
}
async function loadWithBuilds(entries, where, files, loadPlain) {
  const kustomized = await buildKustomizations(entries, { root: where.root, cwd: where.cwd, files, loadRestrictor: where.loadRestrictor, ignore: where.ignore, ignoreBase: where.ignoreBase });
  const loaded = await loadPlain(filesCheckedAlone(entries, kustomized));
  const built = builtOutput(kustomized.builds);
  return { resources: [...built.resources, ...loaded.resources], diagnostics: [...loaded.diagnostics, ...built.diagnostics, ...kustomized.notes.values()] };
}
export {
  plan
};
