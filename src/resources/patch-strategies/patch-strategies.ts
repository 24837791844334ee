import { kindTypes, typeFields } from './patch-strategies.generated.js';

/** What strategic merge knows of one field: the type below it, its list merge key and patch strategies. */
export interface FieldStrategy {
  /** The field's own type (of its items, for a list), when strategic-merge facts lie below it. */
  type?: string;
  /** `x-kubernetes-patch-merge-key`: lists whose items merge on this key. */
  mergeKey?: string;
  /** `x-kubernetes-patch-strategy`, split: `merge`, `replace`, `retainKeys`. */
  strategies: readonly string[];
}

const none: FieldStrategy = { strategies: [] };

/** The OpenAPI type of a built-in kind for strategic merge, or undefined (custom resources). */
export function patchTypeOf(apiVersion: string, kind: string): string | undefined {
  return kindTypes[`${apiVersion} ${kind}`];
}

/** The strategic-merge facts of `field` in a value of `type` (none for an unknown type or field). */
export function fieldStrategyOf(type: string | undefined, field: string): FieldStrategy {
  const fact = type === undefined ? undefined : typeFields[type]?.[field];
  if (!fact) return none;
  const [below, mergeKey, strategy] = fact;
  return { type: below === '' ? undefined : below, mergeKey: mergeKey === '' ? undefined : mergeKey, strategies: strategy === '' ? [] : strategy.split(',') };
}
