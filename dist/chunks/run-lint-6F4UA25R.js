import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  checkRun,
  leftOutNames,
  prepareRun
} from "./chunk-M3X7OID5.js";
import {
  prepareLint
} from "./chunk-3YVIEM7C.js";
import "./chunk-3CD7WKDH.js";
import "./chunk-LA56HIJZ.js";
import "./chunk-YZIV6OXY.js";
import "./chunk-366W3JI3.js";
import "./chunk-5FKDBG5I.js";
import "./chunk-2CKASZ6I.js";
import "./chunk-XNZJ6F2F.js";
import {
  compareDiagnostics
} from "./chunk-HT5KOFJI.js";
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
