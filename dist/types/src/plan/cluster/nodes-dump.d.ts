import { type Diagnostic, type Quantity, type Resource } from '../../resources/index.js';
import { type ModelNode, type Taint } from './cluster-model.js';
/**
 * Nodes from `kubectl get nodes -o yaml` (the loader has already expanded the List into Node
 * resources). A NotReady node without the lifecycle controller's taint gets
 * `node.kubernetes.io/not-ready:NoSchedule`, which is what the scheduler would see.
 */
export declare function nodesFromDump(resources: readonly Resource[]): {
    nodes: ModelNode[];
    diagnostics: Diagnostic[];
};
/** A map of quantities (`allocatable`), with an error at each value that is not a quantity. */
export declare function quantitiesAt(resource: Resource, path: (string | number)[], diagnostics: Diagnostic[]): Record<string, Quantity>;
/** A `taints` list, with an error at each malformed taint. */
export declare function taintsAt(resource: Resource, path: (string | number)[], diagnostics: Diagnostic[]): Taint[];
