import { type ApiCheck } from '../api-check.js';
/** validateVolumeMounts: each mount names a declared volume, has a unique mountPath and a relative subPath. */
export declare const volumeMounts: ApiCheck;
