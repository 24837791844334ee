import { type Resource } from '../../resources/index.js';
import type { SimulatedPod } from '../simulated-pod.js';
/**
 * The Pods of a `kubectl get pods -A -o yaml` dump that use a node's resources: bound
 * (`spec.nodeName`) and not finished (phase neither Succeeded nor Failed).
 */
export declare function runningPodsFromDump(resources: readonly Resource[]): SimulatedPod[];
