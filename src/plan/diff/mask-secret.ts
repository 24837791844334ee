import { isObject, type JsonObject } from '../../resources/index.js';

/** The top-level fields of a Secret that hold no secret; anything else may (a misspelt `strinData` too). */
const safeSecretFields = new Set(['apiVersion', 'kind', 'metadata', 'type', 'immutable']);

/** The top-level fields of a Secret whose values are never shown. */
export function sensitiveSecretFields(...sides: (JsonObject | undefined)[]): Set<string> {
  return new Set(sides.flatMap((side) => Object.keys(side ?? {})).filter((key) => !safeSecretFields.has(key)));
}

function maskedLeaves(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskedLeaves);
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, maskedLeaves(item)]));
  return '***';
}

/**
 * The two sides of a Secret with its values masked as `kubectl diff` masks them: a key on both
 * sides with the same value is `***` on both, with different values `*** (before)` and
 * `*** (after)`, a key on one side only `***`. Keys stay visible. Returns copies.
 */
export function maskSecretPair(before: JsonObject | undefined, after: JsonObject | undefined): { before?: JsonObject; after?: JsonObject } {
  const data = (side: JsonObject | undefined) => (side && isObject(side.data) ? side.data : {});
  const [old, now] = [data(before), data(after)];
  const mask = (side: JsonObject | undefined, own: JsonObject, other: JsonObject, changed: string): JsonObject | undefined => {
    if (!side) return undefined;
    const copy = structuredClone(side);
    if (isObject(copy.data)) {
      for (const key of Object.keys(own)) copy.data[key] = key in other && other[key] !== own[key] ? changed : '***';
    }
    // stringData is folded into data before this; it, and any other field a value could hide in, is masked whole
    for (const key of sensitiveSecretFields(copy)) if (key !== 'data') copy[key] = maskedLeaves(copy[key]);
    return copy;
  };
  return { before: mask(before, old, now, '*** (before)'), after: mask(after, now, old, '*** (after)') };
}
