import { isAlias, isMap, isScalar, isSeq, visit, type Document } from 'yaml';

/**
 * The offset of the first merge key (`<<`) whose value is neither a mapping nor a list of
 * mappings, which go-yaml (and so kubectl) refuses; undefined when every merge key is sound.
 */
export function badMergeKeyOffset(doc: Document): number | undefined {
  const isMapping = (node: unknown) => isMap(isAlias(node) ? node.resolve(doc) : node);
  let found: number | undefined;
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || !isMergeKey(pair.key.value)) return undefined;
      const value = isAlias(pair.value) ? pair.value.resolve(doc) : pair.value;
      if (isSeq(value) ? value.items.every(isMapping) : isMapping(value)) return undefined;
      found = pair.key.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return found;
}

// the `yaml` library resolves a plain `<<` key to a symbol when merge keys are on
function isMergeKey(value: unknown): boolean {
  return value === '<<' || (typeof value === 'symbol' && value.description === '<<');
}
