import { type Diagnostic } from '../../resources/index.js';
import type { RuleDescriptor } from './rule-descriptor.js';
/**
 * A description of a rule id for which the report carries no metadata: its namespace's meaning
 * from docs/diagnostics.md, or, for a best-practice rule, its id. The documentation page is the
 * diagnostic's `help` URL, else its namespace's page or the rule's. The default severity is that of the
 * first diagnostic seen.
 */
export declare function genericRuleDescriptor(first: Diagnostic): RuleDescriptor;
