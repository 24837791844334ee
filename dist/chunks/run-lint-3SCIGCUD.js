import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  checkRun,
  leftOutNames,
  prepareRun
} from "./chunk-JUCB6UTJ.js";
import {
  prepareLint
} from "./chunk-X2BMPPH4.js";
import "./chunk-I7Y6QKHQ.js";
import "./chunk-5RAZSDAB.js";
import "./chunk-3O6U2KWA.js";
import "./chunk-KDZLEZTC.js";
import "./chunk-XGCZYJS2.js";
import "./chunk-OJU57T7I.js";
import "./chunk-366W3JI3.js";
import "./chunk-4QAA3KW4.js";
import "./chunk-57BTPQ5V.js";
import "./chunk-TJP4QTI3.js";
import "./chunk-XNZJ6F2F.js";
import {
  compareDiagnostics,
  safeMessage
} from "./chunk-6GIETJWD.js";
import "./chunk-HANBNIMK.js";

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
  const [{ loadClusterModel }, { clusterFacts }] = await Promise.all([import("./load-cluster-VLZV4QH5.js"), import("./cluster-facts-7JFDGCG5.js")]);
  const loaded = await loadClusterModel(files, { nodeCapacity: options.nodeCapacity, kubernetesVersion: run.kubernetesVersion, cwd: run.cwd });
  if (!loaded.model) return { diagnostics: loaded.diagnostics };
  const defaultNamespace = options.namespace ?? run.config.namespace;
  return { facts: clusterFacts(resources, loaded.model, { kubernetesVersion: run.kubernetesVersion, defaultNamespace }), diagnostics: loaded.diagnostics };
}
export {
  lint
};
