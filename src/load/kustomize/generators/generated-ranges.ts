import { isObject, type JsonPath, type RangeTarget, type SourceRange } from '../../../resources/index.js';
import type { GeneratorArgs } from './generator-args.js';
import { keySourceRange, type KeySource } from './key-sources.js';

/**
 * The source map of a generated object: every field points at the kustomization line that wrote
 * it (a key of `data` at its literal, `files:` entry or env file line; `metadata.name` at the
 * generator's `name:`; a label at the generator's or the global option that set it), and
 * anything else at the generator entry.
 */
export function generatedRangeOf(
  args: GeneratorArgs,
  kustomization: Record<string, unknown>,
  keySources: ReadonlyMap<string, KeySource>,
  rangeOf: (path: JsonPath) => SourceRange,
): (path: JsonPath, target?: RangeTarget) => SourceRange {
  const entry = args.path;
  const own = (field: string): JsonPath | undefined => (hasField(fieldOf(kustomization, entry), field) ? [...entry, field] : undefined);
  const option = (field: string, key?: string): JsonPath => {
    for (const base of [[...entry, 'options'], ['generatorOptions']]) {
      const options = fieldOf(kustomization, base);
      const value = hasField(options, field) ? options[field] : undefined;
      if (key === undefined ? value !== undefined : isObject(value) && hasField(value, key)) {
        return key === undefined ? [...base, field] : [...base, field, key];
      }
    }
    return entry;
  };
  return (path, target) => {
    const [top, second, third] = path;
    if ((top === 'data' || top === 'binaryData') && typeof second === 'string') {
      const source = keySources.get(second);
      if (source) return keySourceRange(source, path.length === 2 ? target : undefined, rangeOf);
    }
    if (top === 'metadata' && (second === 'name' || second === 'namespace')) return rangeOf(own(second) ?? entry);
    if (top === 'metadata' && (second === 'labels' || second === 'annotations')) {
      return rangeOf(typeof third === 'string' ? option(second, third) : option(second));
    }
    if (top === 'immutable') return rangeOf(option('immutable'));
    if (top === 'type') return rangeOf(own('type') ?? entry);
    return rangeOf(entry);
  };
}

function fieldOf(root: Record<string, unknown>, path: JsonPath): Record<string, unknown> | undefined {
  let current: unknown = root;
  for (const part of path) {
    if (!isObject(current) && !Array.isArray(current)) return undefined;
    current = (current as Record<string | number, unknown>)[part];
  }
  return isObject(current) ? current : undefined;
}

// own fields only: a label called `constructor` must not find Object.prototype's
function hasField(record: Record<string, unknown> | undefined, field: string): record is Record<string, unknown> {
  return record !== undefined && Object.hasOwn(record, field) && record[field] !== undefined && record[field] !== null;
}
