import type { Resource } from './resource.js';
/**
 * The namespace a namespaced object lands in: its own, else the default one (kubectl's context
 * namespace, `default` unless configured).
 */
export declare function namespaceOf(resource: Resource, defaultNamespace?: string): string;
