import { type ApiCheck } from '../api-check.js';
/** ValidateConfigMap: keys, no key in both data and binaryData, base64 binaryData, 1 MiB in total. */
export declare const configMapData: ApiCheck;
