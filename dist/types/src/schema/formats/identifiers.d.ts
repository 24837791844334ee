/** Identifier formats of kube-openapi's strfmt: UUIDs, BSON object ids, host names and Kubernetes names. */
export declare const isUuid: (s: string) => boolean;
export declare const isUuid3: (s: string) => boolean;
export declare const isUuid4: (s: string) => boolean;
export declare const isUuid5: (s: string) => boolean;
/** Go's `hex.DecodeString` to exactly 12 bytes. */
export declare const isBsonObjectId: (s: string) => boolean;
/**
 * strfmt's IsHostname: a single label (a character, then an optional `-` and up to 62 more:
 * `a-b`, not `ab-c`), or dot-separated labels (1-63 characters, `-` inside only) ending in a
 * top-level label of 2-63 letters; at most 255 bytes, each label at most 63 bytes.
 */
export declare function isHostname(s: string): boolean;
/** `k8s-short-name`: a lower-case RFC 1123 label, at most 63 characters. */
export declare function isK8sShortName(s: string): boolean;
/** `k8s-long-name`: dot-separated lower-case labels of any length, at most 253 characters in all. */
export declare function isK8sLongName(s: string): boolean;
