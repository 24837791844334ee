import { type ApiCheck } from '../api-check.js';
/** Container names are required DNS-1123 labels, unique across init, regular and ephemeral containers. */
export declare const containerNames: ApiCheck;
