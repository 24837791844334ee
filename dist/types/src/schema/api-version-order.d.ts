/** Whether `version` is an alpha or beta API version (`v1beta3`), not a GA one (`v2`). */
export declare function isPrerelease(version: string): boolean;
/**
 * Sorts API versions the way Kubernetes prefers them: GA before beta before alpha, then the
 * higher number first (`v2`, `v1`, `v1beta2`, `v1beta1`, `v1alpha1`).
 */
export declare function compareApiVersions(a: string, b: string): number;
