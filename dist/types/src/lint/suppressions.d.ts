import { type Diagnostic, type Resource } from '../resources/index.js';
import type { Rule } from './rule-api.js';
/** A suppression comment that silenced nothing, for `--report-unused-disable-directives`. */
export interface UnusedDirective {
    resource: Resource;
    /** The file the comment is in (a kustomize patch's, or the resource's own). */
    file: string;
    line: number;
    rules: readonly string[];
}
/**
 * Decides which findings a resource's owners switched off: the `drydock.dev/ignore` annotation
 * (`"rule-a,rule-b"` or `"*"`, on the object or its pod template), the peers' own exemption
 * annotations for the same check, and `# drydock-disable` comments. It remembers which comments
 * silenced something, for `--report-unused-disable-directives`.
 */
export declare class Suppressions {
    private readonly rulesById;
    private readonly used;
    constructor(rulesById: ReadonlyMap<string, Rule<string, unknown>>);
    /** Whether the finding `d` about `resource` is reported. */
    keeps(d: Diagnostic, resource: Resource): boolean;
    /** The comments of `resources` that silenced nothing so far. */
    unused(resources: Iterable<Resource>): UnusedDirective[];
}
/** Whether the resource's annotations switch `ruleId` off for it. */
export declare function isIgnoredByAnnotation(resource: Resource, ruleId: string, rule: Rule<string, unknown> | undefined): boolean;
