import { podSpecOf, type Resource, appsWorkloadKinds, jobKinds } from '../../resources/index.js';
import { finding, type ApiCheck } from '../api-check.js';
import { isKind } from '../builtin-kinds.js';
import { quote } from '../read-field.js';

// ValidatePodTemplateSpecForReplicaSet & co: controllers restart pods themselves
function allowedFor(resource: Resource): string[] | undefined {
  if (isKind(resource, 'apps', ...appsWorkloadKinds)) return ['Always'];
  if (isKind(resource, '', 'ReplicationController')) return ['Always'];
  if (isKind(resource, 'batch', ...jobKinds)) return ['OnFailure', 'Never'];
  if (isKind(resource, '', 'Pod', 'PodTemplate')) return ['Always', 'OnFailure', 'Never'];
  return undefined;
}

/** The pod restartPolicy suits the controller: Always for long-running workloads, OnFailure or Never for Jobs. */
export const restartPolicy: ApiCheck = {
  id: 'restart-policy',
  summary: 'The pod restartPolicy is Always for Deployments, ReplicaSets, DaemonSets and StatefulSets, and OnFailure or Never for Jobs and CronJobs.',
  check(resource) {
    const allowed = allowedFor(resource);
    const pod = podSpecOf(resource);
    if (!allowed || !pod) return [];
    const path = [...pod.path, 'restartPolicy'];
    const value = pod.spec.restartPolicy;
    // the server defaults an unset policy to Always, which a Job does not accept (validateJobSpec)
    if (value === undefined || value === null || value === '') {
      return allowed.includes('Always') ? [] : [finding('jobRestartPolicyRequired', path, `restartPolicy must be set to OnFailure or Never for a ${resource.kind} (it defaults to Always)`)];
    }
    if (typeof value !== 'string' || allowed.includes(value)) return [];
    return [finding('unsupportedRestartPolicy', path, `${quote(value)} is not allowed for a ${resource.kind} (use ${allowed.join(' or ')})`)];
  },
};
