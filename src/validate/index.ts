import type { Diagnostic, KubernetesVersion, Resource, ResourceSet } from '../resources/index.js';
import type { ApiCheck } from './api-check.js';
import { annotations } from './checks/annotations.js';
import { configMapData } from './checks/config-map-data.js';
import { containerFields } from './checks/container-fields.js';
import { containerNames } from './checks/container-names.js';
import { containerPorts } from './checks/container-ports.js';
import { containerResources } from './checks/container-resources.js';
import { cronJob } from './checks/cron-job.js';
import { envVars } from './checks/env-vars.js';
import { horizontalPodAutoscaler } from './checks/horizontal-pod-autoscaler.js';
import { ingress } from './checks/ingress.js';
import { jobSpec } from './checks/job-spec.js';
import { labels } from './checks/labels.js';
import { namespaceName } from './checks/namespace-name.js';
import { networkPolicy } from './checks/network-policy.js';
import { objectName } from './checks/object-name.js';
import { podDisruptionBudget } from './checks/pod-disruption-budget.js';
import { podSpec } from './checks/pod-spec.js';
import { probes } from './checks/probes.js';
import { restartPolicy } from './checks/restart-policy.js';
import { secretData } from './checks/secret-data.js';
import { secretType } from './checks/secret-type.js';
import { topologySpread } from './checks/topology-spread.js';
import { serviceType } from './checks/service-type.js';
import { servicePorts } from './checks/service-ports.js';
import { updateStrategy } from './checks/update-strategy.js';
import { volumeMounts } from './checks/volume-mounts.js';
import { volumes } from './checks/volumes.js';
import { workloadSelector } from './checks/workload-selector.js';
import { workloadSpec } from './checks/workload-spec.js';
import { workloadTemplate } from './checks/workload-template.js';
import { runChecks } from './run-api-checks.js';

export type { ApiCheck, ApiCheckContext, ApiFinding } from './api-check.js';

/** Every API-server check, in the order their diagnostics are produced. */
export const apiChecks: readonly ApiCheck[] = [
  objectName, namespaceName, labels, annotations,
  workloadTemplate, workloadSelector, workloadSpec, updateStrategy, jobSpec, cronJob, restartPolicy, podSpec, topologySpread,
  containerNames, containerFields, containerPorts, containerResources, envVars, probes, volumes, volumeMounts,
  servicePorts, serviceType, ingress, networkPolicy, horizontalPodAutoscaler, podDisruptionBudget,
  secretData, secretType, configMapData,
];

/**
 * Runs every check on every resource; findings become Diagnostics with ruleId `api/<id>`, range
 * from resource.rangeOf(path, target), resource id set. A check that throws must not stop the
 * others: rethrow nothing, return a Diagnostic with ruleId 'internal' instead.
 */
export function runApiChecks(
  resources: ResourceSet,
  context: { kubernetesVersion: KubernetesVersion; only?: readonly Resource[] },
): Diagnostic[] {
  return runChecks(apiChecks, resources, context);
}
