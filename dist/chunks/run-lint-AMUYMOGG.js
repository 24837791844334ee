import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  prepareLint
} from "./chunk-D2YEYBQV.js";
import {
  checkRun,
  leftOutNames,
  prepareRun
} from "./chunk-K5NTCKUK.js";
import "./chunk-YECVHUXA.js";
import "./chunk-DMQH4JSB.js";
import "./chunk-OCWGEWFV.js";
import "./chunk-UGEEBDTY.js";
import "./chunk-EW6TLRTG.js";
import "./chunk-366W3JI3.js";
import "./chunk-QL76YZZE.js";
import "./chunk-GC2Z3Z66.js";
import "./chunk-XNZJ6F2F.js";
import {
  compareDiagnostics
} from "./chunk-JC6TFKUX.js";
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
  const [{ loadClusterModel }, { clusterFacts }] = await Promise.all([import("./load-cluster-7N6K53CX.js"), import("./cluster-facts-BZZPUOIW.js")]);
  const loaded = await loadClusterModel(files, { nodeCapacity: options.nodeCapacity, kubernetesVersion: run.kubernetesVersion, cwd: run.cwd });
  if (!loaded.model) return { diagnostics: loaded.diagnostics };
  const defaultNamespace = options.namespace ?? run.config.namespace;
  return { facts: clusterFacts(resources, loaded.model, { kubernetesVersion: run.kubernetesVersion, defaultNamespace }), diagnostics: loaded.diagnostics };
}
export {
  lint
};
