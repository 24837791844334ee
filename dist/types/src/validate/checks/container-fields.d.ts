import { type ApiCheck } from '../api-check.js';
/** validateContainerCommon: enum fields and the image reference's whitespace. */
export declare const containerFields: ApiCheck;
