import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  checkWithRules
} from "./chunk-4QAA3KW4.js";
import {
  require_ajv
} from "./chunk-XNZJ6F2F.js";
import {
  DrydockError,
  compareDiagnostics,
  isObject,
  podTemplatePath,
  valueAt
} from "./chunk-6GIETJWD.js";
import {
  __toESM
} from "./chunk-HANBNIMK.js";

// src/lint/rule-settings.ts
var import_ajv = __toESM(require_ajv(), 1);
var presets = ["recommended", "strict", "all"];
var levels = { off: "off", info: "info", warn: "warning", warning: "warning", error: "error" };
function resolveRules(all, input) {
  const preset = input.extends ?? "recommended";
  if (!presets.includes(preset)) {
    throw new DrydockError("config-invalid", `extends: "${preset}" is not a preset (recommended, strict, all)`);
  }
  const byId = new Map(all.map((rule) => [rule.id, rule]));
  const chosen = /* @__PURE__ */ new Map();
  for (const rule of all) {
    if (presets.indexOf(rule.preset) <= presets.indexOf(preset)) chosen.set(rule.id, { severity: rule.severity });
  }
  const apply = (id, setting, where) => {
    const rule = byId.get(id);
    if (!rule) throw new DrydockError("config-invalid", `${where}: unknown rule "${id}" (see drydock rules)`);
    const [levelName, options] = Array.isArray(setting) ? setting : [setting, void 0];
    const level = levels[String(levelName)];
    if (!level) throw new DrydockError("config-invalid", `${where}: "${String(levelName)}" is not a level for ${id} (off, info, warn, error)`);
    if (options !== void 0) checkOptions(rule, options, where);
    chosen.set(id, { severity: level === "off" ? "off" : level, options });
  };
  for (const [id, setting] of Object.entries(input.rules)) apply(id, setting, input.locations?.[id] ?? "config");
  for (const [id, level] of Object.entries(input.overrides ?? {})) apply(id, level, `--rule ${id}`);
  const active = [];
  for (const [id, entry] of chosen) {
    if (entry.severity === "off") continue;
    const rule = byId.get(id);
    const options = { ...rule.options?.defaults ?? {}, ...entry.options ?? {} };
    active.push({ rule, severity: entry.severity, options });
  }
  return active;
}
var ajv;
function checkOptions(rule, options, where) {
  if (!rule.options) throw new DrydockError("config-invalid", `${where}: the rule ${rule.id} takes no options`);
  ajv ??= new import_ajv.Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(rule.options.schema);
  if (!validate(options)) {
    const problems = (validate.errors ?? []).map((e) => `${e.instancePath || "options"} ${e.message}${e.params && "additionalProperty" in e.params ? ` "${String(e.params.additionalProperty)}"` : ""}`);
    throw new DrydockError("config-invalid", `${where}: bad options for ${rule.id}: ${problems.join("; ")}`);
  }
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
      const applies = directive.targetLine === void 0 || directive.targetLine === d.range.start.line;
      if (names && applies) {
        this.used.add(`${resource.source.file}:${directive.line}`);
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
        const key = `${resource.source.file}:${directive.line}`;
        if (this.used.has(key) || reported.has(key)) continue;
        reported.add(key);
        unused.push({ resource, line: directive.line, rules: directive.rules });
      }
    }
    return unused;
  }
};
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
  const registry = await import("./rules-OY2A2Q2R.js");
  return registry.rules;
}
async function lintResources(resources, settings) {
  return (await prepareLint(settings))(resources);
}
async function prepareLint(settings) {
  const all = await loadRules();
  const active = resolveRules(all, settings);
  return (resources, cluster) => lintWith(all, active, resources, settings, cluster);
}
function lintWith(all, active, resources, settings, cluster) {
  const suppressions = new Suppressions(new Map(all.map((rule) => [rule.id, rule])));
  const kept = [];
  checkWithRules(active, resources, { ...settings, cluster }, (diagnostic, resource) => {
    if (suppressions.keeps(diagnostic, resource)) kept.push(diagnostic);
  });
  if (settings.reportUnusedDisableDirectives) {
    for (const directive of suppressions.unused(resources)) {
      const names = directive.rules.length ? directive.rules.join(", ") : "all rules";
      kept.push({
        ruleId: "unused-disable-directive",
        messageId: "unusedDirective",
        severity: "warning",
        message: `Unused drydock-disable directive (no finding of ${names} was silenced).`,
        range: { file: directive.resource.source.file, start: { line: directive.line, column: 1 }, end: { line: directive.line, column: 1 } }
      });
    }
  }
  return kept.sort(compareDiagnostics);
}

export {
  loadRules,
  lintResources,
  prepareLint
};
