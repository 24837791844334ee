import { type CrdSchema } from './crd-schema.js';
/**
 * A copy of a custom resource as the API server validates it: after decoding it prunes null
 * fields whose schema is not nullable (kube-apiserver's PruneNonNullableNullsWithoutDefaults, so
 * `foo: null` is the same as leaving foo out, not an error), then applies `default`s; both
 * follow the structural schema only. `status` is dropped when the status subresource is on,
 * because the server resets it on create.
 */
export declare function prepareObject(object: Record<string, unknown>, schema: CrdSchema, hasStatusSubresource: boolean): Record<string, unknown>;
