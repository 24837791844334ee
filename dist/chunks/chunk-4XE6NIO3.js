import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  formatResourceId,
  resourceIdOf
} from "./chunk-37YMVQV5.js";

// src/lint/run-rules.ts
function ruleDocsUrl(id) {
  return `https://github.com/drydock-dev/drydock/blob/main/docs/rules/${id}.md`;
}
function runRules(active, resources, settings) {
  const out = [];
  const byKind = /* @__PURE__ */ new Map();
  for (const entry of active) {
    for (const kind of entry.rule.kinds) (byKind.get(kind) ?? byKind.set(kind, []).get(kind)).push(entry);
  }
  for (const resource of resources) {
    for (const entry of byKind.get(resource.kind) ?? []) {
      try {
        entry.rule.check({
          resource,
          resources,
          kubernetesVersion: settings.kubernetesVersion,
          defaultNamespace: settings.defaultNamespace,
          cluster: settings.cluster,
          options: entry.options,
          report: (finding) => out.push(toDiagnostic(entry, resource, finding))
        });
      } catch (error) {
        out.push(ruleFailure(entry.rule, resource, error));
      }
    }
  }
  return out;
}
function toDiagnostic(entry, resource, finding) {
  const template = entry.rule.messages[finding.messageId] ?? finding.messageId;
  return {
    ruleId: entry.rule.id,
    messageId: finding.messageId,
    severity: entry.severity,
    message: fillMessage(template, finding.data),
    range: resource.rangeOf(finding.path, finding.target),
    resource: resourceIdOf(resource),
    path: finding.path,
    help: ruleDocsUrl(entry.rule.id)
  };
}
function fillMessage(template, data = {}) {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name) => name in data ? String(data[name]) : whole);
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
  fillMessage
};
