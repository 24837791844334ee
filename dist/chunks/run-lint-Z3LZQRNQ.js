import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  lintResources
} from "./chunk-47WYPSNX.js";
import "./chunk-DG4GPMIL.js";
import "./chunk-XNZJ6F2F.js";
import {
  validate
} from "./chunk-O623ERWC.js";
import "./chunk-YDFQ2A3U.js";
import "./chunk-WCFN2LRB.js";
import "./chunk-366W3JI3.js";
import "./chunk-R2TNZEXJ.js";
import {
  compareDiagnostics
} from "./chunk-BBZZA5JG.js";
import "./chunk-HANBNIMK.js";

// src/run-lint.ts
async function lint(options) {
  const validated = await validate({ ...options, keepResources: true });
  const { config } = validated;
  const found = await lintResources(validated.resources, {
    extends: config.extends,
    rules: config.rules,
    locations: config.ruleLocations,
    overrides: options.rules,
    kubernetesVersion: validated.kubernetesVersion,
    defaultNamespace: options.namespace ?? config.namespace,
    reportUnusedDisableDirectives: options.reportUnusedDisableDirectives
  });
  const diagnostics = [...validated.diagnostics, ...found].sort(compareDiagnostics);
  return { ...validated, diagnostics };
}
export {
  lint
};
