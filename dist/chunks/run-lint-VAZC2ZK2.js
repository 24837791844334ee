import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  prepareLint
} from "./chunk-SIZTTXEU.js";
import {
  checkRun,
  leftOutNames,
  prepareRun
} from "./chunk-TYRQMEJ2.js";
import "./chunk-2DMVXGFM.js";
import "./chunk-P3GNQ7DC.js";
import "./chunk-OZ3TSYO6.js";
import "./chunk-UXXJMROX.js";
import "./chunk-X4KPEIW7.js";
import "./chunk-XXALXKFE.js";
import "./chunk-XNZJ6F2F.js";
import {
  compareDiagnostics
} from "./chunk-2HNOVIFN.js";
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
