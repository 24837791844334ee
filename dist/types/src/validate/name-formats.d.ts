/** IsDNS1123Label: lowercase alphanumerics and '-', at most 63 characters. */
export declare function dns1123LabelError(value: string): string | undefined;
/** IsDNS1123Subdomain: dot-separated DNS-1123 labels, at most 253 characters. */
export declare function dns1123SubdomainError(value: string): string | undefined;
/** IsDNS1035Label: like a DNS-1123 label but must start with a letter. */
export declare function dns1035LabelError(value: string): string | undefined;
/** IsWildcardDNS1123Subdomain: `*.` followed by a DNS-1123 subdomain. */
export declare function isWildcardDns1123Subdomain(value: string): boolean;
/** IsQualifiedName: an optional DNS subdomain prefix and '/', then a name of at most 63 characters. */
export declare function qualifiedNameError(value: string): string | undefined;
/** IsValidLabelValue: empty, or at most 63 alphanumerics, '-', '_', '.' starting and ending alphanumeric. */
export declare function labelValueError(value: string): string | undefined;
/** IsValidPortName (IANA_SVC_NAME): 1-15 lowercase alphanumerics and '-', with a letter, no '--'. */
export declare function portNameError(value: string): string | undefined;
/** IsValidPortNum: 1 to 65535. */
export declare function isValidPortNumber(value: unknown): boolean;
/** IsConfigMapKey: alphanumerics, '-', '_', '.', at most 253, not `.`/`..` or starting with `..`. */
export declare function configMapKeyError(value: string): string | undefined;
/** NameIsDNSSubdomain etc. with `prefix`: a generateName may end in '-' (masked like upstream's maskTrailingDash). */
export declare function maskTrailingDash(value: string): string;
/** IsValidPathSegmentName (RBAC names): not `.` or `..`, and no '/' or '%'. */
export declare function pathSegmentNameError(value: string, isPrefix: boolean): string | undefined;
