import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  require_ajv
} from "./chunk-47EFD4F9.js";
import {
  DrydockError,
  isRulePreset,
  quoteName,
  rulePresets
} from "./chunk-084AE718.js";
import {
  __toESM
} from "./chunk-E3B0C442.js";

// src/lint/rule-settings.ts
var import_ajv = __toESM(require_ajv(), 1);
var levels = { off: "off", info: "info", warn: "warning", warning: "warning", error: "error" };
function resolveRules(all, input) {
  const preset = input.extends ?? "recommended";
  if (!isRulePreset(preset)) {
    throw new DrydockError("config-invalid", `extends: ${quoteName(String(preset))} is not a preset (${rulePresets.join(", ")})`);
  }
  const byId = new Map(all.map((rule) => [rule.id, rule]));
  const chosen = /* @__PURE__ */ new Map();
  for (const rule of all) {
    if (rulePresets.indexOf(rule.preset) <= rulePresets.indexOf(preset)) chosen.set(rule.id, { severity: rule.severity });
  }
  const apply = (id, setting, where) => {
    const rule = byId.get(id);
    if (!rule) throw new DrydockError("config-invalid", `${where}: unknown rule ${quoteName(id)} (see drydock rules)`);
    const [levelName, options] = Array.isArray(setting) ? setting : [setting, void 0];
    const level = levels[String(levelName)];
    if (!level) throw new DrydockError("config-invalid", `${where}: ${quoteName(String(levelName))} is not a level for ${id} (off, info, warn, error)`);
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
    const problems = (validate.errors ?? []).map((e) => `${e.instancePath || "options"} ${e.message}${e.params && "additionalProperty" in e.params ? ` ${quoteName(String(e.params.additionalProperty))}` : ""}`);
    throw new DrydockError("config-invalid", `${where}: bad options for ${rule.id}: ${problems.join("; ")}`);
  }
}
export {
  resolveRules
};
