import type { JsonPath } from '../../resources/index.js';
import type { Decision } from './decision.js';
import { nodeResourcesFitFilter } from './node-resources-fit.js';
import type { NodeState } from './node-state.js';
import type { PodFacts } from './pod-facts.js';
import type { SchedulerWording } from './scheduler-wording.js';

/**
 * A Pod created with `spec.nodeName` skips the scheduler: it stays Pending without an event when
 * the node does not exist, and the kubelet there rejects it (OutOfcpu…, the Pod fails) when its
 * requests do not fit.
 */
export function preBoundDecision(name: string, node: NodeState | undefined, facts: PodFacts, specPath: JsonPath, wording: SchedulerWording): Decision {
  const path = [...specPath, 'nodeName'];
  if (!node) {
    return { reason: 'NodeName', message: `spec.nodeName is "${name}", a node the cluster does not have: the Pod stays Pending and no event explains it`, hint: 'name an existing node in spec.nodeName, or remove it and let the scheduler choose', path };
  }
  const fit = nodeResourcesFitFilter(facts.orderedRequests, node, wording);
  if (!fit) return { node: name };
  const short = (fit.resources ?? []).map((r) => `OutOf${r}`).join(', ');
  return { reason: 'NodeName', message: `the kubelet on ${name} would reject the Pod (${short}): it fails instead of staying Pending`, hint: 'remove spec.nodeName so the scheduler picks a node with room, or lower the requests', path };
}
