/**
 * A stable stand-in for `pod-template-hash`: FNV-1a over the template's JSON, written in the
 * alphabet Kubernetes uses for generated names. Not the real value (that hashes the Go
 * struct); the same template always gets the same one.
 */
export declare function templateHash(template: unknown): string;
