import { type JsonObject } from '../../resources/index.js';
/**
 * Drops nulls and empty maps and lists (the API server omits empty optional fields, and null
 * means "unset" in a manifest), so that `{}`, `[]`, `null` and absence compare equal.
 * Returns a new value; the input is not changed.
 */
export declare function withoutEmpty(value: unknown): unknown;
/**
 * Folds a Secret's `stringData` into base64 `data` as the API server stores it, so that moving a
 * value from one to the other is not a change. Changes `secret` in place.
 */
export declare function foldStringData(secret: JsonObject): void;
/** A core `v1` Secret, whose `stringData` the API server folds into `data`. */
export declare function isSecret(apiVersion: unknown, kind: unknown): boolean;
/**
 * Whether an object's values must be masked in a plan: anything whose kind reads as Secret,
 * whatever apiVersion it carries (`v1/`, `" v1"`, `V1`, `core/v1`, none). `plan --force` shows
 * objects the server would refuse, and a typo must not print the values it holds.
 */
export declare function mustMaskValues(kind: unknown): boolean;
