/**
 * Base64 as kustomize writes generated Secret data and ConfigMap binaryData: standard encoding,
 * cut into lines of 70 characters each ending in `\n` once the text reaches 70 characters. The
 * API server's decoder skips the newlines, but they are part of the value kustomize hashes.
 */
export declare function kustomizeBase64(bytes: Uint8Array): string;
