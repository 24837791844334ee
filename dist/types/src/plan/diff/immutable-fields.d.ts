import { type JsonObject, type JsonPath } from '../../resources/index.js';
/** Why changing the field at `path` forces a delete and re-create, or undefined when it updates in place. */
export declare function immutableReason(kind: string, path: JsonPath, before: JsonObject, after: JsonObject): string | undefined;
/** What a replace of this kind costs, for the plan's note. */
export declare function replaceConsequence(kind: string): string | undefined;
