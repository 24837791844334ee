import type { Resource } from './resource.js';
import { splitApiVersion } from './resource-id.js';

/** All resources of one run, indexed for the cross-resource questions checks and plans ask. */
export class ResourceSet implements Iterable<Resource> {
  readonly items: readonly Resource[];
  private readonly kindIndex = new Map<string, Resource[]>();

  constructor(items: readonly Resource[]) {
    this.items = items;
    for (const resource of items) {
      const list = this.kindIndex.get(resource.kind);
      if (list) list.push(resource);
      else this.kindIndex.set(resource.kind, [resource]);
    }
  }

  [Symbol.iterator](): Iterator<Resource> {
    return this.items[Symbol.iterator]();
  }

  get size(): number {
    return this.items.length;
  }

  /** Every resource of `kind`, optionally limited to an API group (`apps`, `''` for core). */
  ofKind(kind: string, group?: string): readonly Resource[] {
    const list = this.kindIndex.get(kind) ?? [];
    return group === undefined
      ? list
      : list.filter((r) => splitApiVersion(r.apiVersion).group === group);
  }

  /** The resource of `kind` named `name` in `namespace`, if the input has it. */
  find(kind: string, name: string, namespace?: string): Resource | undefined {
    return this.ofKind(kind).find((r) => r.name === name && r.namespace === namespace);
  }
}
