import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  prepareLint
} from "./chunk-2JZ4Q23U.js";
import {
  checkRun,
  leftOutNames,
  prepareRun
} from "./chunk-UIJUI7GP.js";
import "./chunk-32GUKNSV.js";
import "./chunk-7ZXY7KRL.js";
import "./chunk-YZDH3L2G.js";
import "./chunk-S274SCCW.js";
import "./chunk-DKW5344R.js";
import "./chunk-366W3JI3.js";
import "./chunk-2FP77IOW.js";
import "./chunk-MVCEGYUX.js";
import "./chunk-XNZJ6F2F.js";
import {
  compareDiagnostics
} from "./chunk-CGLL4TZO.js";
import "./chunk-HANBNIMK.js";

// src/run-lint.ts
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
  return { ...validated, diagnostics };
}
async function clusterFactsOf(options, run, resources) {
  const files = options.cluster ?? (run.config.cluster === void 0 ? void 0 : [run.config.cluster]);
  if (files === void 0) return { diagnostics: [] };
  const [{ loadClusterModel }, { clusterFacts }] = await Promise.all([import("./load-cluster-P7WPNBDZ.js"), import("./cluster-facts-YBKJFFV7.js")]);
  const loaded = await loadClusterModel(files, { nodeCapacity: options.nodeCapacity, kubernetesVersion: run.kubernetesVersion, cwd: run.cwd });
  if (!loaded.model) return { diagnostics: loaded.diagnostics };
  const defaultNamespace = options.namespace ?? run.config.namespace;
  return { facts: clusterFacts(resources, loaded.model, { kubernetesVersion: run.kubernetesVersion, defaultNamespace }), diagnostics: loaded.diagnostics };
}
export {
  lint
};
