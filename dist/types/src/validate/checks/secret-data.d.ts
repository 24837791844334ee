import { type ApiCheck } from '../api-check.js';
/** ValidateSecret: keys, base64 data and total size. Messages name keys, never values. */
export declare const secretData: ApiCheck;
/** The keys of a Secret's data and stringData, for type checks. */
export declare function secretKeys(object: unknown): Set<string>;
