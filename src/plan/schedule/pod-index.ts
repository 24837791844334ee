import type { Labels } from '../../resources/index.js';

/** Pods that share a namespace and a label set, and how many of them run on each node. */
export interface PodGroup {
  namespace: string;
  labels: Labels;
  onNode: Map<number, number>;
}

const labelKeys = new WeakMap<Labels, string>();

/** A stable key for a label set (cached per object: replicas of one template share theirs). */
export function labelsKey(labels: Labels): string {
  let key = labelKeys.get(labels);
  if (key === undefined) {
    key = JSON.stringify(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    labelKeys.set(labels, key);
  }
  return key;
}

/**
 * The placed Pods grouped by namespace and labels. Affinity and spreading ask "which Pods
 * match this selector, per node"; replicas share labels, so a selector is tested against a few
 * groups instead of every Pod, and the answer is cached per selector as groups are added.
 */
export class PodIndex {
  private readonly groups: PodGroup[] = [];
  private readonly byKey = new Map<string, PodGroup>();
  private readonly matches = new Map<string, { checked: number; groups: PodGroup[] }>();

  add(namespace: string, labels: Labels, node: number, delta = 1): void {
    const key = `${namespace}\u0000${labelsKey(labels)}`;
    let group = this.byKey.get(key);
    if (!group) {
      group = { namespace, labels, onNode: new Map() };
      this.byKey.set(key, group);
      this.groups.push(group);
    }
    const count = (group.onNode.get(node) ?? 0) + delta;
    if (count > 0) group.onNode.set(node, count);
    else group.onNode.delete(node);
  }

  /** The groups `matches` accepts; `cacheKey` must identify the predicate. */
  matching(cacheKey: string, matches: (group: PodGroup) => boolean): readonly PodGroup[] {
    let entry = this.matches.get(cacheKey);
    if (!entry) this.matches.set(cacheKey, (entry = { checked: 0, groups: [] }));
    for (; entry.checked < this.groups.length; entry.checked += 1) {
      const group = this.groups[entry.checked]!;
      if (matches(group)) entry.groups.push(group);
    }
    return entry.groups;
  }
}
