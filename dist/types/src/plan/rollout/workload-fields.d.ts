import { type JsonObject, type JsonPath } from '../../resources/index.js';
/** A whole number at `path`, or `fallback` when unset or malformed. */
export declare function intAt(object: JsonObject, path: JsonPath, fallback: number): number;
/** An int-or-string at `path` as written, or undefined. */
export declare function intOrStringAt(object: JsonObject, path: JsonPath): number | string | undefined;
/** A string at `path`, or `fallback`. */
export declare function stringAt(object: JsonObject, path: JsonPath, fallback: string): string;
/** Whether two JSON values are equal (key order ignored), for "did the pod template change". */
export declare function sameJson(a: unknown, b: unknown): boolean;
