import { Ajv } from 'ajv';
import { DrydockError, isRulePreset, quoteName, rulePresets } from '../resources/index.js';
import type { Rule, RuleSeverity } from './rule-api.js';
import type { ActiveRule } from './run-rules.js';

/** What decides which rules run, and how: a preset, the config's `rules:` and `--rule` flags. */
export interface RuleSettingsInput {
  extends?: string;
  /** The config's `rules:` entries: `off`, `warn`, `error`, `info`, or `[level, options]`. */
  rules: Record<string, unknown>;
  /** Where each config entry is written, for messages. */
  locations?: Record<string, string>;
  /** `--rule id=level` flags, applied after the config. */
  overrides?: Record<string, string>;
}

const levels: Record<string, RuleSeverity | 'off'> = { off: 'off', info: 'info', warn: 'warning', warning: 'warning', error: 'error' };

/**
 * The rules to run with their levels and options: every rule in the preset at its default level,
 * then the config's entries, then the flags. Unknown ids, levels or options are usage errors
 * that name where they are written.
 */
export function resolveRules(all: readonly Rule<string, unknown>[], input: RuleSettingsInput): ActiveRule[] {
  const preset = input.extends ?? 'recommended';
  if (!isRulePreset(preset)) {
    throw new DrydockError('config-invalid', `extends: ${quoteName(String(preset))} is not a preset (${rulePresets.join(', ')})`);
  }
  const byId = new Map(all.map((rule) => [rule.id, rule]));
  const chosen = new Map<string, { severity: RuleSeverity | 'off'; options?: unknown }>();
  for (const rule of all) {
    if (rulePresets.indexOf(rule.preset) <= rulePresets.indexOf(preset)) chosen.set(rule.id, { severity: rule.severity });
  }
  const apply = (id: string, setting: unknown, where: string) => {
    const rule = byId.get(id);
    if (!rule) throw new DrydockError('config-invalid', `${where}: unknown rule ${quoteName(id)} (see drydock rules)`);
    const [levelName, options] = Array.isArray(setting) ? setting : [setting, undefined];
    const level = levels[String(levelName)];
    if (!level) throw new DrydockError('config-invalid', `${where}: ${quoteName(String(levelName))} is not a level for ${id} (off, info, warn, error)`);
    if (options !== undefined) checkOptions(rule, options, where);
    chosen.set(id, { severity: level === 'off' ? 'off' : level, options });
  };
  for (const [id, setting] of Object.entries(input.rules)) apply(id, setting, input.locations?.[id] ?? 'config');
  for (const [id, level] of Object.entries(input.overrides ?? {})) apply(id, level, `--rule ${id}`);
  const active: ActiveRule[] = [];
  for (const [id, entry] of chosen) {
    if (entry.severity === 'off') continue;
    const rule = byId.get(id)!;
    const options = { ...((rule.options?.defaults as object | undefined) ?? {}), ...((entry.options as object | undefined) ?? {}) };
    active.push({ rule, severity: entry.severity, options });
  }
  return active;
}

let ajv: Ajv | undefined;

function checkOptions(rule: Rule<string, unknown>, options: unknown, where: string): void {
  if (!rule.options) throw new DrydockError('config-invalid', `${where}: the rule ${rule.id} takes no options`);
  ajv ??= new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(rule.options.schema);
  if (!validate(options)) {
    const problems = (validate.errors ?? []).map((e) => `${e.instancePath || 'options'} ${e.message}${e.params && 'additionalProperty' in e.params ? ` ${quoteName(String(e.params.additionalProperty))}` : ''}`);
    throw new DrydockError('config-invalid', `${where}: bad options for ${rule.id}: ${problems.join('; ')}`);
  }
}
