import { splitApiVersion } from '../../resources/index.js';
import { stringAt, type Origin, type Tracked, type TrackedMap } from './tracked.js';

/** A kustomize fieldSpec: a path (lists are walked through) in objects of a kind, group and version. */
export interface FieldSpec {
  path: string;
  kind?: string;
  group?: string;
  version?: string;
  create?: boolean;
}

/** Whether `spec` applies to the object (an unset kind, group or version matches any). */
export function specApplies(spec: FieldSpec, tree: Tracked): boolean {
  const { group, version } = splitApiVersion(stringAt(tree, ['apiVersion']) ?? '');
  if (spec.kind !== undefined && spec.kind !== stringAt(tree, ['kind'])) return false;
  if (spec.group !== undefined && spec.group !== group) return false;
  return spec.version === undefined || spec.version === version;
}

/**
 * The maps at the end of `spec.path` in `tree` (several when the path crosses lists), created
 * with `origin` where the spec says so.
 */
export function mapsAt(tree: Tracked, spec: FieldSpec, origin: Origin): TrackedMap[] {
  const parts = spec.path.split('/').map((part) => part.replace(/\[\]$/, ''));
  const out: TrackedMap[] = [];
  const visit = (node: Tracked, index: number) => {
    if (node.kind === 'list') {
      for (const item of node.items) visit(item, index);
      return;
    }
    if (node.kind !== 'map') return;
    const part = parts[index];
    if (part === undefined) {
      out.push(node);
      return;
    }
    let next = node.entries.get(part);
    if (next === undefined || (next.kind === 'scalar' && next.value === null)) {
      // kustomize creates only the last maps of a path, never list items
      if (!spec.create) return;
      next = { kind: 'map', entries: new Map(), origin };
      node.entries.set(part, next);
    }
    visit(next, index + 1);
  };
  visit(tree, 0);
  return out;
}

function specs(text: string): FieldSpec[] {
  return text.split(';').map((entry) => {
    const [path = '', kind, group, version, create] = entry.split(' ');
    const spec: FieldSpec = { path, create: create === 'create' };
    if (kind !== '-') spec.kind = kind;
    if (group !== '-') spec.group = group;
    if (version !== '-') spec.version = version;
    return spec;
  });
}

// kustomize's api/internal/konfig/builtinpluginconsts: path kind group version create
const metadataLabels = specs(
  'metadata/labels - - - create;spec/template/metadata/labels ReplicationController - v1 create;spec/template/metadata/labels Deployment - - create;' +
    'spec/template/metadata/labels ReplicaSet - - create;spec/template/metadata/labels DaemonSet - - create;spec/template/metadata/labels StatefulSet apps - create;' +
    'spec/template/metadata/labels Job batch - create;spec/jobTemplate/metadata/labels CronJob batch - create;spec/jobTemplate/spec/template/metadata/labels CronJob batch - create',
);
const volumeClaimTemplateLabels = specs('spec/volumeClaimTemplates[]/metadata/labels StatefulSet apps - create');
const affinityPaths = [
  'spec/template/spec/affinity/podAffinity/preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm/labelSelector/matchLabels',
  'spec/template/spec/affinity/podAffinity/requiredDuringSchedulingIgnoredDuringExecution/labelSelector/matchLabels',
  'spec/template/spec/affinity/podAntiAffinity/preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm/labelSelector/matchLabels',
  'spec/template/spec/affinity/podAntiAffinity/requiredDuringSchedulingIgnoredDuringExecution/labelSelector/matchLabels',
  'spec/template/spec/topologySpreadConstraints/labelSelector/matchLabels',
];
const selectors = specs(
  'spec/selector Service - v1 create;spec/selector ReplicationController - v1 create;spec/selector/matchLabels Deployment - - create;' +
    'spec/selector/matchLabels ReplicaSet - - create;spec/selector/matchLabels DaemonSet - - create;spec/selector/matchLabels StatefulSet apps - create;' +
    'spec/selector/matchLabels Job batch - -;spec/jobTemplate/spec/selector/matchLabels CronJob batch - -;spec/selector/matchLabels PodDisruptionBudget policy - -;' +
    'spec/podSelector/matchLabels NetworkPolicy networking.k8s.io - -;spec/ingress/from/podSelector/matchLabels NetworkPolicy networking.k8s.io - -;' +
    'spec/egress/to/podSelector/matchLabels NetworkPolicy networking.k8s.io - -',
);
const affinities = ['Deployment', 'StatefulSet'].flatMap((kind) => affinityPaths.map((path): FieldSpec => ({ path, kind, group: 'apps', create: false })));

/** Where `commonLabels` (and `labels` with includeSelectors) go: selectors, metadata, templates. */
export const commonLabelSpecs: readonly FieldSpec[] = [...selectors, ...affinities, ...metadataLabels, ...volumeClaimTemplateLabels];
/** Where `labels` with includeTemplates go. */
export const templateLabelSpecs: readonly FieldSpec[] = metadataLabels;
/** Where `labels` go by default. */
export const metadataLabelSpecs: readonly FieldSpec[] = [{ path: 'metadata/labels', create: true }];

/** Where `commonAnnotations` go. */
export const annotationSpecs: readonly FieldSpec[] = specs(
  'metadata/annotations - - - create;spec/template/metadata/annotations ReplicationController - v1 create;spec/template/metadata/annotations Deployment - - create;' +
    'spec/template/metadata/annotations ReplicaSet - - create;spec/template/metadata/annotations DaemonSet - - create;spec/template/metadata/annotations StatefulSet - - create;' +
    'spec/template/metadata/annotations Job batch - create;spec/jobTemplate/metadata/annotations CronJob batch - create;spec/jobTemplate/spec/template/metadata/annotations CronJob batch - create',
);
