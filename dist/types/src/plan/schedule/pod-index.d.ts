import type { Labels } from '../../resources/index.js';
/** Pods that share a namespace and a label set, and how many of them run on each node. */
export interface PodGroup {
    namespace: string;
    labels: Labels;
    onNode: Map<number, number>;
}
/** A stable key for a label set (cached per object: replicas of one template share theirs). */
export declare function labelsKey(labels: Labels): string;
/**
 * The placed Pods grouped by namespace and labels. Affinity and spreading ask "which Pods
 * match this selector, per node"; replicas share labels, so a selector is tested against a few
 * groups instead of every Pod, and the answer is cached per selector as groups are added.
 */
export declare class PodIndex {
    private readonly groups;
    private readonly byKey;
    private readonly matches;
    add(namespace: string, labels: Labels, node: number, delta?: number): void;
    /** The groups `matches` accepts; `cacheKey` must identify the predicate. */
    matching(cacheKey: string, matches: (group: PodGroup) => boolean): readonly PodGroup[];
}
