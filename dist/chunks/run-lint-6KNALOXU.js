import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  checkRun,
  leftOutNames,
  prepareRun
} from "./chunk-3ATCS5VG.js";
import {
  prepareLint
} from "./chunk-WTHFUHN6.js";
import "./chunk-ONFOCJMK.js";
import "./chunk-LPIDMD4A.js";
import "./chunk-4IOSRVZW.js";
import "./chunk-GQLFRRSN.js";
import "./chunk-TRRHLH5B.js";
import "./chunk-OZZ2RYXQ.js";
import "./chunk-366W3JI3.js";
import "./chunk-6NH6BRZN.js";
import "./chunk-57BTPQ5V.js";
import "./chunk-MLRRZ7AI.js";
import "./chunk-XNZJ6F2F.js";
import {
  compareDiagnostics,
  safeMessage
} from "./chunk-YOE54S7L.js";
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
  const [{ loadClusterModel }, { clusterFacts }] = await Promise.all([import("./load-cluster-5HPSIDBQ.js"), import("./cluster-facts-JQEKH46H.js")]);
  const loaded = await loadClusterModel(files, { nodeCapacity: options.nodeCapacity, kubernetesVersion: run.kubernetesVersion, cwd: run.cwd });
  if (!loaded.model) return { diagnostics: loaded.diagnostics };
  const defaultNamespace = options.namespace ?? run.config.namespace;
  return { facts: clusterFacts(resources, loaded.model, { kubernetesVersion: run.kubernetesVersion, defaultNamespace }), diagnostics: loaded.diagnostics };
}
export {
  lint
};
