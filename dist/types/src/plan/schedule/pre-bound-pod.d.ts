import type { JsonPath } from '../../resources/index.js';
import type { Decision } from './decision.js';
import type { NodeState } from './node-state.js';
import type { PodFacts } from './pod-facts.js';
import type { SchedulerWording } from './scheduler-wording.js';
/**
 * A Pod created with `spec.nodeName` skips the scheduler: it stays Pending without an event when
 * the node does not exist, and the kubelet there rejects it (OutOfcpu…, the Pod fails) when its
 * requests do not fit.
 */
export declare function preBoundDecision(name: string, node: NodeState | undefined, facts: PodFacts, specPath: JsonPath, wording: SchedulerWording): Decision;
