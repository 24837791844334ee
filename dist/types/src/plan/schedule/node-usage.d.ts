import type { NodeState } from './node-state.js';
import type { NodeUsage } from './scheduling-result.js';
/** A node's requests against its allocatable, rendered canonically; `requested.pods` is the Pod count. */
export declare function nodeUsage(state: NodeState): NodeUsage;
