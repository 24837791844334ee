import { type ApiCheck } from '../api-check.js';
/** A typed Secret carries the keys (or annotation) its type requires, and docker configs are JSON. */
export declare const secretType: ApiCheck;
