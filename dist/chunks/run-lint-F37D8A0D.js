import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  checkRun,
  leftOutNames,
  prepareRun
} from "./chunk-D2946164.js";
import "./chunk-9F19C6DD.js";
import "./chunk-FB1328E6.js";
import "./chunk-F15CCBC6.js";
import "./chunk-BA0DC00E.js";
import "./chunk-E6BA36B6.js";
import {
  prepareLint
} from "./chunk-9BEBBC49.js";
import "./chunk-61A2E545.js";
import {
  compareDiagnostics,
  safeMessage
} from "./chunk-534AFA66.js";
import "./chunk-E3B0C442.js";

// src/run/run-lint.ts
async function lint(options) {
  const run = await prepareRun(options);
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
  const validated = await checkRun(run, true);
  const cluster = await clusterFactsOf(options, run, validated.resources);
  const leftOut = leftOutNames(run);
  const found = lintSet(validated.resources, cluster.facts).filter((d) => !leftOut.has(d.range.file));
  const diagnostics = [...validated.diagnostics, ...cluster.diagnostics, ...found].sort(compareDiagnostics);
  for (const diagnostic of diagnostics) diagnostic.message = safeMessage(diagnostic.message);
  return { ...validated, diagnostics };
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
