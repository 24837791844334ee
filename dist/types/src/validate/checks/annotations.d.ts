import { type ApiCheck } from '../api-check.js';
/** Annotation keys are qualified names (case-insensitive) and all annotations fit in 256 KiB. */
export declare const annotations: ApiCheck;
