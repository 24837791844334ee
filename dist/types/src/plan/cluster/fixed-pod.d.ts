import type { SimulatedPod } from '../simulated-pod.js';
/**
 * A Pod already bound to `node` that uses `requests` (a kind system Pod, or a node's reserved
 * amount from a cluster file). It tolerates everything, as the system Pods do.
 */
export declare function fixedPod(name: string, namespace: string, node: string, requests: Record<string, string>): SimulatedPod;
