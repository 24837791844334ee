import { memoByString } from './memo-by-string.js';

/**
 * One entry of a label or annotation policy, as a rule option writes it: `key`, or `key=regex`.
 * Keys cannot contain `=`, so the first one splits the two.
 */
export interface MetadataPattern {
  key: string;
  /** Matched against the whole value; absent when only the key matters. */
  value?: RegExp;
  /** The regex as written after `=`, for messages. */
  valueText?: string;
  /** The entry as written, for messages. */
  text: string;
}

/**
 * Reads `key` or `key=regex`. The regex must match the whole value (it is anchored); one that
 * JavaScript cannot compile is compared as literal text, so a bad entry never stops a run.
 */
export const parseMetadataPattern = memoByString((text: string): MetadataPattern => {
  const equals = text.indexOf('=');
  if (equals < 0) return { key: text, text };
  const source = text.slice(equals + 1);
  let value: RegExp;
  try {
    value = new RegExp(`^(?:${source})$`, 'u');
  } catch {
    value = new RegExp(`^${source.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`, 'u');
  }
  return { key: text.slice(0, equals), value, valueText: source, text };
});

/** Whether a label or annotation value satisfies the pattern's value part (always, without one). */
export function metadataValueMatches(pattern: MetadataPattern, value: unknown): boolean {
  if (!pattern.value) return true;
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? pattern.value.test(String(value)) : false;
}

/**
 * Kinds a metadata policy rule may be pointed at: the workloads and the objects that usually
 * ship with them.
 */
export const metadataPolicyKinds = [
  'Pod',
  'Deployment',
  'ReplicaSet',
  'ReplicationController',
  'StatefulSet',
  'DaemonSet',
  'Job',
  'CronJob',
  'Service',
  'Ingress',
  'ConfigMap',
  'Secret',
  'ServiceAccount',
  'PersistentVolumeClaim',
  'NetworkPolicy',
  'PodDisruptionBudget',
  'HorizontalPodAutoscaler',
  'Role',
  'RoleBinding',
  'ClusterRole',
  'ClusterRoleBinding',
  'Namespace',
] as const;
