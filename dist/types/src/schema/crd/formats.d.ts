/**
 * The string formats kube-apiserver checks on custom resources (go-openapi's strfmt registry,
 * limited to the ones CRDs use in practice). Any other format, and int32/int64 on numbers, is
 * ignored by the server, so it is ignored here.
 */
export declare const crdFormats: Record<string, (value: string) => boolean>;
