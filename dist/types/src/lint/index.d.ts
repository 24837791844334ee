export type { Rule, RuleCategory, RuleSeverity, RulePreset, RuleContext, RuleReport, OptionsSchema, PeerChecks } from './rule-api.js';
export { lintResources, loadRules, prepareLint } from './lint-resources.js';
export type { LintSettings } from './lint-resources.js';
export { parseRuleFlags } from './rule-flags.js';
export { ruleDocsUrl, fillMessage } from './run-rules.js';
