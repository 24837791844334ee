/**
 * The rule presets, smallest first: each turns on the rules of those before it too
 * (`recommended` ⊂ `strict` ⊂ `all`). Here because config (which checks `extends`) and lint
 * (which applies it) both need the list, and neither may import the other.
 */
export declare const rulePresets: readonly ["recommended", "strict", "all"];
/** The smallest preset that turns a rule on. */
export type RulePreset = (typeof rulePresets)[number];
/** Whether `name` is one of the presets. */
export declare function isRulePreset(name: unknown): name is RulePreset;
