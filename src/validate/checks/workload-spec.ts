import { minorOf, type JsonObject, appsWorkloadKinds } from '../../resources/index.js';
import { finding, type ApiCheck, type ApiFinding } from '../api-check.js';
import { isKind } from '../builtin-kinds.js';
import { dns1123LabelError } from '../name-formats.js';
import { objectAt, quote } from '../read-field.js';

const counts = ['replicas', 'minReadySeconds', 'revisionHistoryLimit'];

/** Counts and StatefulSet fields of apps/v1 workloads (ValidateDeploymentSpec, ValidateStatefulSetSpec & co). */
export const workloadSpec: ApiCheck = {
  id: 'workload-spec',
  summary: 'Workload counts are non-negative, progressDeadlineSeconds exceeds minReadySeconds, and StatefulSet serviceName and podManagementPolicy are valid.',
  check(resource, { kubernetesVersion }) {
    const apps = isKind(resource, 'apps', ...appsWorkloadKinds);
    if (!apps && !isKind(resource, '', 'ReplicationController')) return [];
    const spec = objectAt(resource.object, ['spec']);
    if (!spec) return [];
    const out: ApiFinding[] = [];
    for (const field of counts) {
      const value = spec[field];
      if (typeof value === 'number' && value < 0) out.push(finding('negativeValue', ['spec', field], `${field} must be greater than or equal to 0`));
    }
    const { progressDeadlineSeconds: deadline, minReadySeconds: minReady } = spec;
    if (resource.kind === 'Deployment' && typeof deadline === 'number') {
      if (deadline <= 0) out.push(finding('deadlineNotPositive', ['spec', 'progressDeadlineSeconds'], 'progressDeadlineSeconds must be greater than 0'));
      else if (typeof minReady === 'number' && deadline <= minReady) {
        out.push(finding('deadlineBelowMinReady', ['spec', 'progressDeadlineSeconds'], 'progressDeadlineSeconds must be greater than minReadySeconds'));
      }
    }
    if (resource.kind === 'StatefulSet') out.push(...statefulSet(spec, minorOf(kubernetesVersion)));
    return out;
  },
};

function statefulSet(spec: JsonObject, minor: number): ApiFinding[] {
  const out: ApiFinding[] = [];
  const policy = spec.podManagementPolicy;
  if (typeof policy === 'string' && policy !== 'OrderedReady' && policy !== 'Parallel') {
    out.push(finding('invalidPodManagementPolicy', ['spec', 'podManagementPolicy'], `${quote(policy)} is not a supported value (OrderedReady, Parallel)`));
  }
  // kubernetes#130233 (1.33): serviceName becomes the pods' subdomain, a DNS label
  const serviceName = spec.serviceName;
  const error = minor >= 33 && typeof serviceName === 'string' && serviceName !== '' ? dns1123LabelError(serviceName) : undefined;
  if (error) out.push(finding('invalidServiceName', ['spec', 'serviceName'], `serviceName ${quote(serviceName)} ${error}`));
  return out;
}
