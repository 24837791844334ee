import type { SchemaIssue } from './schema-issue.js';
import type { SchemaStore } from './schema-store.js';
/**
 * Which built-in API versions the target Kubernetes version serves, and what to say about one
 * it does not serve (removed, not yet served, never existed) or serves but deprecates. Combines
 * the removal table (api-removals.ts) with what the bundled specs show between 1.28 and 1.36.
 */
export declare class ApiLifecycle {
    private readonly store;
    private readonly target;
    private groups;
    /** `group/Kind` → the API versions serving it at the target. */
    private served;
    private readonly deprecations;
    constructor(store: SchemaStore, target: string);
    /** Built lazily: a run whose resources all use current GA versions never needs them. */
    private index;
    /** Whether `group` is a built-in Kubernetes API group (`''` is the core group). */
    isBuiltinGroup(group: string): boolean;
    /** A warning when the target serves `apiVersion` + `kind` but deprecates it. */
    deprecation(apiVersion: string, kind: string): SchemaIssue | undefined;
    private findDeprecation;
    /** The error for a built-in group's `apiVersion` + `kind` that the target does not serve. */
    notServed(apiVersion: string, kind: string): SchemaIssue;
    /** `; Deployment is served as apps/v1`, when the kind lives in another group (a wrong apiVersion). */
    private servedElsewhere;
    /** `; use <apiVersion>` naming where the kind is served at the target, or why there is none. */
    private replacement;
    private preferredVersion;
}
