import { isObject, parseImageReference, podTemplatePath, removeEmptyDefaults, valueAt, type JsonObject } from '../../resources/index.js';

// The defaults the API server fills in (apps/v1, core/v1, batch/v1), applied to both sides of a
// manifest-to-manifest diff so that writing a default explicitly is not a change.

function setDefault(object: JsonObject, key: string, value: unknown): void {
  if (object[key] === undefined || object[key] === null) object[key] = value;
}

function child(object: JsonObject, key: string): JsonObject | undefined {
  const value = object[key];
  return isObject(value) ? value : undefined;
}

function eachObject(list: unknown, visit: (item: JsonObject) => void): void {
  if (Array.isArray(list)) for (const item of list) if (isObject(item)) visit(item);
}

const probeDefaults: [string, unknown][] = [
  ['timeoutSeconds', 1],
  ['periodSeconds', 10],
  ['successThreshold', 1],
  ['failureThreshold', 3],
];

function defaultContainer(container: JsonObject): void {
  setDefault(container, 'terminationMessagePath', '/dev/termination-log');
  setDefault(container, 'terminationMessagePolicy', 'File');
  if (typeof container.image === 'string' && container.imagePullPolicy === undefined) {
    const { tag, digest } = parseImageReference(container.image);
    container.imagePullPolicy = digest === undefined && (tag === undefined || tag === 'latest') ? 'Always' : 'IfNotPresent';
  }
  eachObject(container.ports, (port) => setDefault(port, 'protocol', 'TCP'));
  for (const name of ['livenessProbe', 'readinessProbe', 'startupProbe']) {
    const probe = child(container, name);
    if (!probe) continue;
    for (const [key, value] of probeDefaults) setDefault(probe, key, value);
    const httpGet = child(probe, 'httpGet');
    if (httpGet) setDefault(httpGet, 'scheme', 'HTTP');
  }
  eachObject(container.env, (variable) => {
    const fieldRef = child(child(variable, 'valueFrom') ?? {}, 'fieldRef');
    if (fieldRef) setDefault(fieldRef, 'apiVersion', 'v1');
  });
}

function defaultPodSpec(spec: JsonObject, kind: string): void {
  // a Job's template must choose Never or OnFailure itself; the default is only for the others
  if (kind !== 'Job' && kind !== 'CronJob') setDefault(spec, 'restartPolicy', 'Always');
  setDefault(spec, 'terminationGracePeriodSeconds', 30);
  setDefault(spec, 'dnsPolicy', 'ClusterFirst');
  setDefault(spec, 'schedulerName', 'default-scheduler');
  for (const list of ['containers', 'initContainers']) eachObject(spec[list], defaultContainer);
  eachObject(spec.volumes, (volume) => {
    for (const source of ['configMap', 'secret', 'downwardAPI', 'projected']) {
      const found = child(volume, source);
      if (found) setDefault(found, 'defaultMode', 420);
    }
  });
}

const rollingUpdate25 = () => ({ maxSurge: '25%', maxUnavailable: '25%' });

function defaultWorkloadSpec(kind: string, spec: JsonObject): void {
  switch (kind) {
    case 'Deployment': {
      setDefault(spec, 'replicas', 1);
      setDefault(spec, 'revisionHistoryLimit', 10);
      setDefault(spec, 'progressDeadlineSeconds', 600);
      setDefault(spec, 'strategy', { type: 'RollingUpdate' });
      const strategy = child(spec, 'strategy');
      if (strategy) {
        setDefault(strategy, 'type', 'RollingUpdate');
        if (strategy.type === 'RollingUpdate') {
          setDefault(strategy, 'rollingUpdate', rollingUpdate25());
          const rolling = child(strategy, 'rollingUpdate');
          if (rolling) for (const [key, value] of Object.entries(rollingUpdate25())) setDefault(rolling, key, value);
        }
      }
      break;
    }
    case 'ReplicaSet':
    case 'ReplicationController':
      setDefault(spec, 'replicas', 1);
      break;
    case 'StatefulSet': {
      setDefault(spec, 'replicas', 1);
      setDefault(spec, 'podManagementPolicy', 'OrderedReady');
      setDefault(spec, 'revisionHistoryLimit', 10);
      setDefault(spec, 'updateStrategy', { type: 'RollingUpdate' });
      const strategy = child(spec, 'updateStrategy');
      if (strategy?.type === 'RollingUpdate') {
        setDefault(strategy, 'rollingUpdate', { partition: 0 });
        const rolling = child(strategy, 'rollingUpdate');
        if (rolling) setDefault(rolling, 'partition', 0);
      }
      setDefault(spec, 'persistentVolumeClaimRetentionPolicy', { whenDeleted: 'Retain', whenScaled: 'Retain' });
      eachObject(spec.volumeClaimTemplates, (claim) => {
        setDefault(claim, 'apiVersion', 'v1');
        setDefault(claim, 'kind', 'PersistentVolumeClaim');
        const claimSpec = child(claim, 'spec');
        if (claimSpec) setDefault(claimSpec, 'volumeMode', 'Filesystem');
        delete claim.status;
      });
      break;
    }
    case 'DaemonSet': {
      setDefault(spec, 'revisionHistoryLimit', 10);
      setDefault(spec, 'updateStrategy', { type: 'RollingUpdate' });
      const strategy = child(spec, 'updateStrategy');
      if (strategy?.type === 'RollingUpdate') {
        setDefault(strategy, 'rollingUpdate', { maxUnavailable: 1, maxSurge: 0 });
        const rolling = child(strategy, 'rollingUpdate');
        if (rolling) {
          setDefault(rolling, 'maxUnavailable', 1);
          setDefault(rolling, 'maxSurge', 0);
        }
      }
      break;
    }
    case 'Job':
      defaultJobSpec(spec);
      break;
    case 'CronJob': {
      setDefault(spec, 'concurrencyPolicy', 'Allow');
      setDefault(spec, 'suspend', false);
      setDefault(spec, 'successfulJobsHistoryLimit', 3);
      setDefault(spec, 'failedJobsHistoryLimit', 1);
      const jobSpec = child(child(spec, 'jobTemplate') ?? {}, 'spec');
      if (jobSpec) defaultJobSpec(jobSpec);
      break;
    }
  }
}

function defaultJobSpec(spec: JsonObject): void {
  if (spec.parallelism === undefined && spec.completions === undefined) {
    spec.parallelism = 1;
    spec.completions = 1;
  }
  setDefault(spec, 'backoffLimit', 6);
  setDefault(spec, 'completionMode', 'NonIndexed');
  setDefault(spec, 'suspend', false);
}

function defaultService(spec: JsonObject): void {
  setDefault(spec, 'type', 'ClusterIP');
  setDefault(spec, 'sessionAffinity', 'None');
  setDefault(spec, 'internalTrafficPolicy', 'Cluster');
  if (spec.type === 'NodePort' || spec.type === 'LoadBalancer') setDefault(spec, 'externalTrafficPolicy', 'Cluster');
  eachObject(spec.ports, (port) => {
    setDefault(port, 'protocol', 'TCP');
    if (spec.type !== 'ExternalName') setDefault(port, 'targetPort', port.port);
  });
}

/**
 * Fills in the server's defaults on a copy of a manifest (changed in place), for the kinds
 * whose defaults the reference table lists.
 */
export function applyServerDefaults(object: JsonObject, kind: string): void {
  // `protocol: ""` and the like are defaulted like a missing field (src/resources/defaulted-strings.ts)
  if (typeof object.apiVersion === 'string') removeEmptyDefaults(object, object.apiVersion, kind);
  const spec = child(object, 'spec');
  if (kind === 'Service' && spec) defaultService(spec);
  else if (kind === 'Secret') setDefault(object, 'type', 'Opaque');
  else if (kind === 'PersistentVolumeClaim' && spec) setDefault(spec, 'volumeMode', 'Filesystem');
  else if (kind === 'HorizontalPodAutoscaler' && spec) setDefault(spec, 'minReplicas', 1);
  if (spec) defaultWorkloadSpec(kind, spec);
  const templatePath = podTemplatePath(kind);
  if (templatePath === undefined) return;
  const podSpec = valueAt(object, [...templatePath, 'spec']);
  if (isObject(podSpec)) defaultPodSpec(podSpec, kind);
}
