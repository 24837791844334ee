/** The default scheduler's filter plugins drydock models, in the default profile's order. */
export type FilterPlugin = 'NodeUnschedulable' | 'NodeName' | 'TaintToleration' | 'NodeAffinity' | 'NodePorts' | 'NodeResourcesFit' | 'VolumeBinding' | 'VolumeZone' | 'PodTopologySpread' | 'InterPodAffinity';
/**
 * Why one plugin rejected one node. `unresolvable` is the UnschedulableAndUnresolvable status:
 * preemption cannot help there. `resources` names the short resources for NodeResourcesFit.
 */
export interface FilterStatus {
    plugin: FilterPlugin;
    reasons: string[];
    unresolvable: boolean;
    resources?: string[];
    /** The node was never filtered: a PreFilter (DaemonSet Pods' node name) ruled it out. */
    narrowed?: boolean;
}
/** The status of a plugin rejecting a node for one reason; shared, so callers must not modify it. */
export declare function rejected(plugin: FilterPlugin, reason: string, unresolvable: boolean): FilterStatus;
