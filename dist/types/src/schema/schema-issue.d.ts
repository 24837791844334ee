import type { JsonPath, RangeTarget, Severity } from '../resources/index.js';
/**
 * One problem found by schema validation, before it is placed in a file. `ruleId` is `schema`
 * unless a more specific id applies (`schema/unknown-kind`, `schema/deprecated-api`, …).
 */
export interface SchemaIssue {
    ruleId: string;
    messageId: string;
    message: string;
    severity: Severity;
    path: JsonPath;
    target?: RangeTarget;
}
