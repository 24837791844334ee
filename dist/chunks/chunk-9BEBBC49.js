import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  DrydockError,
  compareDiagnostics,
  internalFailure,
  isObject,
  podTemplatePath,
  quoteName,
  resourceIdOf,
  ruleDocsUrl,
  safeMessageData,
  valueAt
} from "./chunk-084AE718.js";

// src/lint/run-rules.ts
function checkWithRules(active, resources, settings, emit) {
  const byKind = /* @__PURE__ */ new Map();
  for (const entry2 of active) {
    for (const kind of entry2.rule.kinds) (byKind.get(kind) ?? byKind.set(kind, []).get(kind)).push(entry2);
  }
  let entry;
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
        emit(internalFailure(`the rule ${entry.rule.id}`, "ruleFailed", resource, error), resource);
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
  const head = parts[0];
  if (parts.length === 1) return head;
  let out = head;
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

// src/lint/suppressions.ts
var Suppressions = class {
  constructor(rulesById) {
    this.rulesById = rulesById;
  }
  rulesById;
  used = /* @__PURE__ */ new Set();
  /** Whether the finding `d` about `resource` is reported. */
  keeps(d, resource) {
    if (resource.directives === void 0 && !hasSuppressingAnnotations(resource)) return true;
    if (isIgnoredByAnnotation(resource, d.ruleId, this.rulesById.get(d.ruleId))) return false;
    for (const directive of resource.directives ?? []) {
      const names = directive.rules.length === 0 || directive.rules.includes(d.ruleId);
      if (names && appliesTo(directive, d, resource)) {
        this.used.add(`${directive.file ?? resource.source.file}:${directive.line}`);
        return false;
      }
    }
    return true;
  }
  /** The comments of `resources` that silenced nothing so far. */
  unused(resources) {
    const unused = [];
    const reported = /* @__PURE__ */ new Set();
    for (const resource of resources) {
      for (const directive of resource.directives ?? []) {
        const file = directive.file ?? resource.source.file;
        const key = `${file}:${directive.line}`;
        if (this.used.has(key) || reported.has(key)) continue;
        reported.add(key);
        unused.push({ resource, file, line: directive.line, rules: directive.rules });
      }
    }
    return unused;
  }
};
function appliesTo(directive, d, resource) {
  const file = directive.file ?? resource.source.file;
  if (directive.targetLine !== void 0) return directive.targetLine === d.range.start.line && d.range.file === file;
  const { lines } = directive;
  return lines === void 0 || d.range.file === file && d.range.start.line >= lines.first && d.range.start.line <= lines.last;
}
var suppressingAnnotations = /* @__PURE__ */ new WeakMap();
function hasSuppressingAnnotations(resource) {
  let has = suppressingAnnotations.get(resource);
  if (has === void 0) {
    has = annotationSets(resource).some((annotations) => Object.keys(annotations).some(isSuppressingKey));
    suppressingAnnotations.set(resource, has);
  }
  return has;
}
function isSuppressingKey(key) {
  return key === "drydock.dev/ignore" || key === "kube-score/ignore" || key.startsWith("kube-linter.io/") || key.startsWith("ignore-check.kube-linter.io/") || key.startsWith("polaris.fairwinds.com/");
}
function isIgnoredByAnnotation(resource, ruleId, rule) {
  for (const annotations of annotationSets(resource)) {
    const own = annotations["drydock.dev/ignore"];
    if (typeof own === "string" && listNames(own, ruleId)) return true;
    if (!rule?.peers) continue;
    const { kubeLinter, kubeScore, polaris } = rule.peers;
    if (annotations["kube-linter.io/ignore-all"] !== void 0) return true;
    if (kubeLinter && annotations[`ignore-check.kube-linter.io/${kubeLinter}`] !== void 0) return true;
    if (kubeScore && typeof annotations["kube-score/ignore"] === "string" && listNames(annotations["kube-score/ignore"], kubeScore)) return true;
    if (annotations["polaris.fairwinds.com/exempt"] === "true") return true;
    if (polaris && annotations[`polaris.fairwinds.com/${polaris}-exempt`] === "true") return true;
  }
  return false;
}
function listNames(list, id) {
  return list.split(",").some((item) => item.trim() === id || item.trim() === "*");
}
function annotationSets(resource) {
  const sets = [];
  const own = valueAt(resource.object, ["metadata", "annotations"]);
  if (isObject(own)) sets.push(own);
  const template = podTemplatePath(resource.kind);
  if (template && template.length > 0) {
    const nested = valueAt(resource.object, [...template, "metadata", "annotations"]);
    if (isObject(nested)) sets.push(nested);
  }
  return sets;
}

// src/lint/lint-resources.ts
async function loadRules() {
  const registry = await import("./rules-A2C29062.js");
  return registry.rules;
}
async function prepareLint(settings) {
  const [all, { resolveRules }] = await Promise.all([loadRules(), import("./rule-settings-1E0BD3F1.js")]);
  const active = resolveRules(all, settings);
  return (resources, cluster) => lintWith(all, active, resources, settings, cluster);
}
var maxNamesShown = 5;
function lintWith(all, active, resources, settings, cluster) {
  const suppressions = new Suppressions(new Map(all.map((rule) => [rule.id, rule])));
  const kept = [];
  checkWithRules(active, resources, { ...settings, cluster }, (diagnostic, resource) => {
    if (suppressions.keeps(diagnostic, resource)) kept.push(diagnostic);
  });
  if (settings.reportUnusedDisableDirectives) {
    for (const directive of suppressions.unused(resources)) {
      const shown = directive.rules.slice(0, maxNamesShown).map(quoteName).join(", ");
      const more = directive.rules.length > maxNamesShown ? ` and ${directive.rules.length - maxNamesShown} more` : "";
      const names = directive.rules.length ? `${shown}${more}` : "all rules";
      kept.push({
        ruleId: "unused-disable-directive",
        messageId: "unusedDirective",
        severity: "warning",
        message: `Unused drydock-disable directive (no finding of ${names} was silenced).`,
        range: { file: directive.file, start: { line: directive.line, column: 1 }, end: { line: directive.line, column: 1 } }
      });
    }
  }
  return kept.sort(compareDiagnostics);
}

// src/lint/rule-flags.ts
function parseRuleFlags(flags) {
  const out = {};
  for (const flag of flags) {
    const match = /^([\w-]+)=(\w+)$/.exec(flag.trim());
    if (!match) throw new DrydockError("usage", `--rule takes id=level (e.g. latest-tag=error), not "${flag}"`);
    out[match[1]] = match[2];
  }
  return out;
}

export {
  fillMessage,
  loadRules,
  prepareLint,
  parseRuleFlags
};
