import { type JsonObject, type JsonPath } from '../resources/index.js';
/** The object at `path`, or undefined when it is missing or not an object. */
export declare function objectAt(value: unknown, path: JsonPath): JsonObject | undefined;
/** The array at `path`, or an empty array when it is missing or not an array. */
export declare function arrayAt(value: unknown, path: JsonPath): unknown[];
/** The string at `path`, or undefined when it is missing or not a string. */
export declare function stringAt(value: unknown, path: JsonPath): string | undefined;
/** Whether a field is given: present and not null (a null field decodes as unset). */
export declare function isSet(value: unknown): boolean;
/** Iterates the objects of an array with their index; other items are skipped. */
export declare function objectsOf(list: unknown): [JsonObject, number][];
/**
 * `"text"` with quotes, for naming a value in a message: escaped and cut short like any name
 * from the input (see quoteName); checks never pass a Secret's value here.
 */
export declare function quote(value: unknown): string;
