import type { BuiltObject } from './built-object.js';
/**
 * Points every reference to a renamed object (a prefix, a suffix, a generator's hash) at its new
 * name, as kustomize's nameReference transformer does after a build: config and secret refs,
 * volumes, serviceName, Ingress backends, RBAC roleRefs and ServiceAccount subjects, claimNames.
 * Service selectors are labels, not names, and stay as written. A reference that could mean two
 * objects (same old name, same namespace) is left alone.
 */
export declare function updateNameReferences(objects: readonly BuiltObject[]): void;
