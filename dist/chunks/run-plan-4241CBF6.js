import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  loadClusterModel
} from "./chunk-E024D4B3.js";
import {
  buildKustomizations,
  builtOutput,
  validate
} from "./chunk-1F541D7D.js";
import {
  isLiveObject,
  makePlan,
  simulatePlan
} from "./chunk-7A909C19.js";
import "./chunk-9F19C6DD.js";
import {
  loadGitRef
} from "./chunk-BE298A19.js";
import {
  findInputFiles,
  loadInputs
} from "./chunk-978ABDAA.js";
import "./chunk-BA0DC00E.js";
import "./chunk-FB1328E6.js";
import "./chunk-89C6DB83.js";
import "./chunk-84BF4BE3.js";
import {
  compareDiagnostics,
  safeMessage
} from "./chunk-1999B124.js";
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
  const base = options.base === void 0 ? void 0 : await readBase(options.base, options.paths, { cwd, ignore: validated.config.ignore, root: validated.root });
  if (base?.base.kind === "git") base.diagnostics.push(...unbuiltGitBase(options.base, validated.resources));
  const made = makePlan(validated.resources, base?.base, { defaultNamespace, prune: options.prune });
  const clusterFiles = options.cluster ?? (validated.config.cluster === void 0 ? void 0 : [validated.config.cluster]);
  const cluster = clusterFiles === void 0 ? void 0 : await loadClusterModel(clusterFiles, { nodeCapacity: options.nodeCapacity, kubernetesVersion: validated.kubernetesVersion, cwd });
  made.simulation = simulatePlan(made.changes, validated.resources, cluster?.model, { kubernetesVersion: validated.kubernetesVersion, defaultNamespace, route: options.route, maxPods: options.maxPods });
  result.plan = made;
  const validation = validated.diagnostics.filter((d) => d.ruleId !== "input/duplicate-object");
  result.diagnostics = [...validation, ...base?.diagnostics ?? [], ...cluster?.diagnostics ?? [], ...made.diagnostics, ...made.simulation.diagnostics].sort(compareDiagnostics);
  for (const diagnostic of result.diagnostics) diagnostic.message = safeMessage(diagnostic.message);
  return result;
}
function unbuiltGitBase(ref, resources) {
  const built = [...resources].find((resource) => resource.source.kustomization !== void 0);
  if (built === void 0) return [];
  const file = built.source.kustomization;
  const at = { line: 1, column: 1 };
  const message = `the base git:${ref} is read file by file and its kustomizations are not built, so the objects built here are compared with its raw files; plan against a folder that holds the ref's checkout to compare built objects`;
  return [{ ruleId: "plan/base-not-built", messageId: "baseNotBuilt", severity: "warning", message, range: { file, start: at, end: at } }];
}
function asBaseWarning(diagnostic) {
  return diagnostic.severity === "error" ? { ...diagnostic, severity: "warning", message: `in the base: ${diagnostic.message}` } : diagnostic;
}
async function readBase(base, paths, where) {
  const { cwd, ignore } = where;
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
  const loaded = await loadGitRef(base, paths, { cwd, ignore });
  return { base: { kind: "git", name: `git:${base}`, resources: loaded.resources }, diagnostics: loaded.diagnostics.map(asBaseWarning) };
}
async function loadBaseFolder(folder, where) {
  const found = findInputFiles([folder], where);
  const kustomized = await buildKustomizations(found.entries, { root: where.root, cwd: where.cwd });
  const plain = found.entries.flatMap((entry) => entry.kind === "file" && !kustomized.consumed.has(entry.path) ? [entry.path] : []);
  const loaded = plain.length === 0 ? { resources: [], diagnostics: [] } : await loadInputs(plain, where);
  const built = builtOutput(kustomized.builds);
  return { resources: [...loaded.resources, ...built.resources], diagnostics: [...found.notes, ...loaded.diagnostics, ...built.diagnostics] };
}
export {
  plan
};
