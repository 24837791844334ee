import { type ApiCheck } from '../api-check.js';
/** `metadata.namespace` of a namespaced object is a DNS-1123 label (ValidateObjectMeta). */
export declare const namespaceName: ApiCheck;
