import { type ResourceSet } from '../../resources/index.js';
import type { SimulatedPod } from '../simulated-pod.js';
import type { ServiceRoute } from './service-route.js';
/** Options shared by the routing functions. */
export interface RoutingOptions {
    /** The namespace of objects that name none (kubectl's context namespace). */
    defaultNamespace: string;
}
/**
 * How every Service of the input routes to the simulated Pods: selected Pods, ready Pods, each
 * port resolved per Pod, type facts and findings (a named `targetPort` no selected Pod exposes).
 * A Pod counts as ready unless the scheduler left it Pending: Pending Pods have no IP. Each list
 * keeps its first `maxListedPods` entries and counts the rest, so memory stays linear in Services
 * plus Pods however many Services select the same Pods.
 */
export declare function routeServices(set: ResourceSet, pods: readonly SimulatedPod[], options: RoutingOptions): ServiceRoute[];
