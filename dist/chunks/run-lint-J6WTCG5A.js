import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  checkRun,
  leftOutNames,
  prepareRun
} from "./chunk-TFWB7ARV.js";
import {
  prepareLint
} from "./chunk-UFNL2BZ2.js";
import "./chunk-WSGQLIZS.js";
import "./chunk-GUJCRRVU.js";
import "./chunk-2OGVTVH2.js";
import "./chunk-2LJGGDBP.js";
import "./chunk-3TWDDSNP.js";
import "./chunk-YCLBHRCQ.js";
import "./chunk-366W3JI3.js";
import "./chunk-URYZ6RHV.js";
import "./chunk-57BTPQ5V.js";
import "./chunk-DQSZYAZ6.js";
import "./chunk-XNZJ6F2F.js";
import {
  compareDiagnostics,
  safeMessage
} from "./chunk-XAOBVSUU.js";
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
  const [{ loadClusterModel }, { clusterFacts }] = await Promise.all([import("./load-cluster-VXDUFIS4.js"), import("./cluster-facts-RHSVQBUJ.js")]);
  const loaded = await loadClusterModel(files, { nodeCapacity: options.nodeCapacity, kubernetesVersion: run.kubernetesVersion, cwd: run.cwd });
  if (!loaded.model) return { diagnostics: loaded.diagnostics };
  const defaultNamespace = options.namespace ?? run.config.namespace;
  return { facts: clusterFacts(resources, loaded.model, { kubernetesVersion: run.kubernetesVersion, defaultNamespace }), diagnostics: loaded.diagnostics };
}
export {
  lint
};
