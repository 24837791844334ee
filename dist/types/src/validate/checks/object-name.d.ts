import { type ApiCheck } from '../api-check.js';
/** `metadata.name` (or `generateName`) is present and valid for the kind. */
export declare const objectName: ApiCheck;
