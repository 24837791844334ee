import type { Rule } from './rule-api.js';
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
/**
 * The rules to run with their levels and options: every rule in the preset at its default level,
 * then the config's entries, then the flags. Unknown ids, levels or options are usage errors
 * that name where they are written.
 */
export declare function resolveRules(all: readonly Rule<string, unknown>[], input: RuleSettingsInput): ActiveRule[];
