import { isClusterScoped, quoteName } from '../../resources/index.js';
import type { BuildContext } from './build-context.js';
import type { BuiltObject } from './built-object.js';
import { kustomizeDiagnostic } from './kustomize-diagnostic.js';
import { rangeInTracked, stringAt } from './tracked.js';

/**
 * kustomize's identity of an object in a build (its `ResId`): apiVersion (group and version), kind,
 * name, and the effective namespace: none for a cluster-scoped kind, `default` when unset.
 */
export function resourceIdOf(object: BuiltObject): string {
  const apiVersion = stringAt(object.tree, ['apiVersion']) ?? '';
  const kind = stringAt(object.tree, ['kind']) ?? '';
  const namespace = isClusterScoped({ apiVersion, kind }) ? '' : stringAt(object.tree, ['metadata', 'namespace']) || 'default';
  return `${apiVersion}\u0000${kind}\u0000${namespace}\u0000${stringAt(object.tree, ['metadata', 'name']) ?? ''}`;
}

/**
 * The resources a build has accumulated, by id. kustomize refuses to add an object whose id is
 * already there ("may not add resource with an already registered id") and fails the whole build;
 * here the later object is reported at its name and left out, and the build goes on.
 */
export class AccumulatedResources {
  readonly objects: BuiltObject[];
  private readonly ids = new Map<string, BuiltObject>();

  constructor(
    private readonly context: BuildContext,
    start: readonly BuiltObject[],
  ) {
    this.objects = [...start];
    for (const object of start) this.ids.set(resourceIdOf(object), object);
  }

  add(object: BuiltObject): void {
    const id = resourceIdOf(object);
    const earlier = this.ids.get(id);
    if (earlier === undefined) {
      this.ids.set(id, object);
      this.objects.push(object);
      return;
    }
    const name = ['metadata', 'name'];
    const first = rangeInTracked(earlier.tree, name);
    const kind = stringAt(object.tree, ['kind']) ?? '';
    const message = `${kind} ${quoteName(stringAt(object.tree, name) ?? '')} is already in this build (${first.file}:${first.start.line}): kustomize refuses an object added twice (same apiVersion, kind, namespace and name) and fails the build`;
    this.context.report(kustomizeDiagnostic('duplicate-resource', 'error', message, rangeInTracked(object.tree, name)));
  }
}
