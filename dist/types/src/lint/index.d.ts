export type { Rule, RuleCategory, RuleSeverity, RulePreset, RuleContext, RuleReport, OptionsSchema, PeerChecks } from './rule-api.js';
export { loadRules, prepareLint } from './lint-resources.js';
export type { LintSettings } from './lint-resources.js';
export { parseRuleFlags } from './rule-flags.js';
export { fillMessage } from './run-rules.js';
