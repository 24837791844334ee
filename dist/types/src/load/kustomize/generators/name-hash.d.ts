/**
 * kustomize's content hash for a generated object's name suffix (api/hasher in kustomize v5):
 * the first 10 hex digits of the SHA-256 of a Go-encoded JSON summary, with 0, 1, 3, a and e
 * swapped for letters so the suffix never reads as a number or a word. For a ConfigMap the
 * summary is `{data, kind, name}` plus `binaryData` when it is a map; for a Secret
 * `{data, kind, name, type}` plus `stringData` when it is a map. kustomize looks the name up as
 * one field called `metadata/name`, which never exists, so `name` is always `""`: the hash does
 * not depend on the name, nor on a prefix or suffix. A missing `data` or `type` is `""`.
 * Other kinds get the hash of their whole object (kustomize hashes its YAML node there, which
 * generators never ask for).
 */
export declare function nameHash(object: Record<string, unknown>): string;
