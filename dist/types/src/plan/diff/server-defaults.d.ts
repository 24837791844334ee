import { type JsonObject } from '../../resources/index.js';
/**
 * Fills in the server's defaults on a copy of a manifest (changed in place), for the kinds
 * whose defaults the reference table lists.
 */
export declare function applyServerDefaults(object: JsonObject, kind: string): void;
