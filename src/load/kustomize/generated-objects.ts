import { quoteName } from '../../resources/index.js';
import type { BuildContext, Kustomization } from './build-context.js';
import { idOf, type BuiltObject } from './built-object.js';
import type { GeneratedObject } from './generators/index.js';
import { kustomizeDiagnostic } from './kustomize-diagnostic.js';
import { strategicMerge } from './strategic-merge.js';
import { track, type TrackedMap } from './tracked.js';

/**
 * Adds generated objects to the build: `create` adds, `merge` merges data, labels and
 * annotations into the object of the same kind and name, `replace` replaces it.
 */
export function applyGenerated(context: BuildContext, kustomization: Kustomization, objects: BuiltObject[], generated: readonly GeneratedObject[]): BuiltObject[] {
  const out = [...objects];
  for (const item of generated) {
    const tree = track(item.object, item) as TrackedMap;
    const object: BuiltObject = { tree, source: { file: context.name(kustomization.file), documentIndex: 0 }, previousNames: [], hashSuffix: item.hashSuffix };
    if (item.behavior === 'create') {
      out.push(object);
      continue;
    }
    const id = idOf(object);
    const index = out.findIndex((candidate) => {
      const other = idOf(candidate);
      return other.kind === id.kind && other.name === id.name && (id.namespace === undefined || other.namespace === id.namespace);
    });
    if (index === -1) {
      context.report(kustomizeDiagnostic('missing-resource', 'error', `behavior ${item.behavior} needs a ${id.kind} named ${quoteName(id.name)} from the resources, and there is none`, item.rangeOf([])));
      continue;
    }
    const existing = out[index]!;
    const tree2 = item.behavior === 'replace' ? tree : (strategicMerge(existing.tree, tree, {}) as TrackedMap);
    out[index] = { ...existing, tree: tree2, hashSuffix: existing.hashSuffix || item.hashSuffix };
  }
  return out;
}
