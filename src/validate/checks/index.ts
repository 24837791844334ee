import type { ApiCheck } from '../api-check.js';
import { annotations } from './annotations.js';
import { configMapData } from './config-map-data.js';
import { containerFields } from './container-fields.js';
import { containerNames } from './container-names.js';
import { containerPorts } from './container-ports.js';
import { containerResources } from './container-resources.js';
import { cronJob } from './cron-job.js';
import { envVars } from './env-vars.js';
import { horizontalPodAutoscaler } from './horizontal-pod-autoscaler.js';
import { ingress } from './ingress.js';
import { jobSpec } from './job-spec.js';
import { labels } from './labels.js';
import { namespaceName } from './namespace-name.js';
import { networkPolicy } from './network-policy.js';
import { objectName } from './object-name.js';
import { podDisruptionBudget } from './pod-disruption-budget.js';
import { podSpec } from './pod-spec.js';
import { probes } from './probes.js';
import { restartPolicy } from './restart-policy.js';
import { secretData } from './secret-data.js';
import { secretType } from './secret-type.js';
import { topologySpread } from './topology-spread.js';
import { serviceType } from './service-type.js';
import { servicePorts } from './service-ports.js';
import { updateStrategy } from './update-strategy.js';
import { volumeMounts } from './volume-mounts.js';
import { volumes } from './volumes.js';
import { workloadSelector } from './workload-selector.js';
import { workloadSpec } from './workload-spec.js';
import { workloadTemplate } from './workload-template.js';

/** Every API-server check, in the order their diagnostics are produced. */
export const apiChecks: readonly ApiCheck[] = [
  objectName, namespaceName, labels, annotations,
  workloadTemplate, workloadSelector, workloadSpec, updateStrategy, jobSpec, cronJob, restartPolicy, podSpec, topologySpread,
  containerNames, containerFields, containerPorts, containerResources, envVars, probes, volumes, volumeMounts,
  servicePorts, serviceType, ingress, networkPolicy, horizontalPodAutoscaler, podDisruptionBudget,
  secretData, secretType, configMapData,
];
