import { appsWorkloadKinds, type JsonPath, jobKinds } from '../../resources/index.js';
import { finding, type ApiCheck } from '../api-check.js';
import { isKind } from '../builtin-kinds.js';
import { objectAt } from '../read-field.js';

// What the server cannot default in a workload: a missing (or null) spec decodes to the zero
// value, whose pod template has no containers (and apps/v1 no selector), so it is refused.
const specKinds: [group: string, kinds: readonly string[]][] = [
  ['', ['Pod', 'ReplicationController']],
  ['apps', appsWorkloadKinds],
  ['batch', jobKinds],
];

/** A workload has a spec; a ReplicationController and a PodTemplate have a pod template. */
export const workloadTemplate: ApiCheck = {
  id: 'workload-template',
  summary: 'Pods and workloads have a spec, and ReplicationControllers and PodTemplates a pod template.',
  check(resource) {
    const { object, kind } = resource;
    if (isKind(resource, '', 'PodTemplate')) {
      return objectAt(object, ['template']) ? [] : [finding('templateRequired', ['template'], 'template is required')];
    }
    if (!specKinds.some(([group, kinds]) => isKind(resource, group, ...kinds))) return [];
    const spec = objectAt(object, ['spec']);
    const path: JsonPath = ['spec'];
    // a spec that is not an object is a schema error
    if (object.spec !== undefined && object.spec !== null && !spec) return [];
    if (!spec) return [finding('specRequired', path, `a ${kind} needs a spec with its ${kind === 'Pod' ? 'containers' : 'pod template'}`)];
    // the OpenAPI schema requires the template of apps/v1 and batch/v1 kinds, not of a ReplicationController
    if (kind === 'ReplicationController' && !objectAt(spec, ['template'])) {
      return [finding('templateRequired', [...path, 'template'], 'template is required')];
    }
    return [];
  },
};
