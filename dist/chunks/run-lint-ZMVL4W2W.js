import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  checkRun,
  leftOutNames,
  prepareRun
} from "./chunk-7QROLBCH.js";
import {
  prepareLint
} from "./chunk-DAXE7FFE.js";
import "./chunk-INJE6UB5.js";
import "./chunk-EO32CED6.js";
import "./chunk-P3SQE2XF.js";
import "./chunk-366W3JI3.js";
import "./chunk-BS47PPPD.js";
import "./chunk-EELXXZ5B.js";
import "./chunk-XNZJ6F2F.js";
import {
  compareDiagnostics
} from "./chunk-HHYWI5MN.js";
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
    reportUnusedDisableDirectives: options.reportUnusedDisableDirectives
  });
  const validated = await checkRun(run, true);
  const leftOut = leftOutNames(run);
  const found = lintSet(validated.resources).filter((d) => !leftOut.has(d.range.file));
  const diagnostics = [...validated.diagnostics, ...found].sort(compareDiagnostics);
  return { ...validated, diagnostics };
}
export {
  lint
};
