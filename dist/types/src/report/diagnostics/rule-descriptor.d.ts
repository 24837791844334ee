import type { Severity } from '../../resources/index.js';
/**
 * What a report may say about a rule id, for formats that describe their rules (SARIF's
 * `tool.driver.rules`). Callers that know the rules (lint's rule list) pass these; formatters
 * describe rule ids without one generically.
 */
export interface RuleDescriptor {
    /** The diagnostic `ruleId` this describes. */
    id: string;
    /** One sentence: what the rule reports. */
    summary: string;
    /** Why it matters (a paragraph). */
    rationale?: string;
    /** How to fix a finding (a sentence or two). */
    fix?: string;
    /** The severity the rule reports at by default. */
    severity: Severity;
    /** The rule's documentation page. */
    helpUri?: string;
    /** Categories to filter by (`security`, `reliability`, …). */
    tags?: readonly string[];
}
