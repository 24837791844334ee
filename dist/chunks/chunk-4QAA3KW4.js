import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  formatResourceId,
  resourceIdOf,
  safeMessageData
} from "./chunk-6GIETJWD.js";

// src/lint/run-rules.ts
function ruleDocsUrl(id) {
  return `https://github.com/drydock-dev/drydock/blob/main/docs/rules/${id}.md`;
}
function runRules(active, resources, settings) {
  const out = [];
  checkWithRules(active, resources, settings, (diagnostic) => out.push(diagnostic));
  return out;
}
function checkWithRules(active, resources, settings, emit) {
  const byKind = /* @__PURE__ */ new Map();
  for (const entry2 of active) {
    for (const kind of entry2.rule.kinds) (byKind.get(kind) ?? byKind.set(kind, []).get(kind)).push(entry2);
  }
  let entry = active[0];
  const context = {
    resource: void 0,
    resources,
    kubernetesVersion: settings.kubernetesVersion,
    defaultNamespace: settings.defaultNamespace,
    cluster: settings.cluster,
    options: void 0,
    report: (finding) => emit(toDiagnostic(entry, context.resource, finding), context.resource)
  };
  const { timings } = settings;
  for (const resource of resources) {
    const entries = byKind.get(resource.kind);
    if (entries === void 0) continue;
    context.resource = resource;
    for (entry of entries) {
      context.options = entry.options;
      const start = timings ? performance.now() : 0;
      try {
        entry.rule.check(context);
      } catch (error) {
        emit(ruleFailure(entry.rule, resource, error), resource);
      }
      if (timings) timings.set(entry.rule.id, (timings.get(entry.rule.id) ?? 0) + performance.now() - start);
    }
  }
}
function toDiagnostic(entry, resource, finding) {
  const template = entry.rule.messages[finding.messageId] ?? finding.messageId;
  return {
    ruleId: entry.rule.id,
    messageId: finding.messageId,
    severity: entry.severity,
    message: fillMessage(template, finding.data),
    range: resource.rangeOf(finding.path, finding.target),
    resource: idOf(resource),
    path: finding.path,
    help: docsUrlOf(entry.rule.id)
  };
}
var resourceIds = /* @__PURE__ */ new WeakMap();
var docsUrls = /* @__PURE__ */ new Map();
function idOf(resource) {
  let id = resourceIds.get(resource);
  if (!id) resourceIds.set(resource, id = resourceIdOf(resource));
  return id;
}
function docsUrlOf(ruleId) {
  let url = docsUrls.get(ruleId);
  if (url === void 0) docsUrls.set(ruleId, url = ruleDocsUrl(ruleId));
  return url;
}
function fillMessage(template, data = {}) {
  const parts = partsOf(template);
  if (parts.length === 1) return parts[0];
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    out += (name in data ? safeMessageData(String(data[name])) : `{{${name}}}`) + parts[i + 1];
  }
  return out;
}
var templateParts = /* @__PURE__ */ new Map();
function partsOf(template) {
  let parts = templateParts.get(template);
  if (!parts) templateParts.set(template, parts = template.split(/\{\{\s*(\w+)\s*\}\}/));
  return parts;
}
function ruleFailure(rule, resource, error) {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    ruleId: "internal",
    messageId: "ruleFailed",
    severity: "error",
    message: `the rule ${rule.id} failed on ${formatResourceId(resource)}: ${reason} (this is a bug in drydock)`,
    range: resource.rangeOf([]),
    resource: resourceIdOf(resource)
  };
}

export {
  ruleDocsUrl,
  runRules,
  checkWithRules,
  fillMessage
};
