import type { JsonPath } from './json-path.js';
import type { JsonObject } from './resource.js';
/**
 * The paths where `object` holds `""` on a field the API server defaults when empty; usually
 * none. `apiVersion` and `kind` say which object it is.
 */
export declare function emptyDefaultedFields(object: JsonObject, apiVersion: string, kind: string): JsonPath[];
/** Deletes, in place, the `""` of every field the server defaults when empty. */
export declare function removeEmptyDefaults(object: JsonObject, apiVersion: string, kind: string): void;
/**
 * `object` as the server's defaulting leaves it for empty strings: a copy without the `""` of
 * fields it defaults, so checks see them as absent; the object itself when there are none.
 */
export declare function withoutEmptyDefaults(object: JsonObject, apiVersion: string, kind: string): JsonObject;
