import type { JsonPath } from './json-path.js';
import { valueAt } from './json-path.js';
import type { JsonObject, Resource } from './resource.js';

/** Where each workload kind keeps its pod template (the object with `metadata` and `spec`). */
const templatePaths: Record<string, JsonPath> = {
  Deployment: ['spec', 'template'],
  ReplicaSet: ['spec', 'template'],
  ReplicationController: ['spec', 'template'],
  StatefulSet: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  Job: ['spec', 'template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
  PodTemplate: ['template'],
};

/** The path of the pod template of a workload, `[]` for a Pod, undefined for other kinds. */
export function podTemplatePath(kind: string): JsonPath | undefined {
  if (kind === 'Pod') return [];
  return templatePaths[kind];
}

// Most rules start from a workload's pod spec and containers; a resource never changes, so both are
// read once per resource instead of once per rule (lint on 20,000 objects asks 500,000 times).
const podSpecs = new WeakMap<Resource, PodSpecRef | null>();
const containerRefs = new WeakMap<Resource, readonly ContainerRef[]>();

/** A workload's pod spec and where it sits in the resource. */
export interface PodSpecRef {
  readonly path: JsonPath;
  readonly spec: JsonObject;
}

/** The pod spec of a workload and its path, or undefined when the kind has none. Do not modify the result. */
export function podSpecOf(resource: Resource): PodSpecRef | undefined {
  let pod = podSpecs.get(resource);
  if (pod === undefined) podSpecs.set(resource, (pod = readPodSpec(resource) ?? null));
  return pod ?? undefined;
}

function readPodSpec(resource: Resource): PodSpecRef | undefined {
  const template = podTemplatePath(resource.kind);
  if (template === undefined) return undefined;
  const path = [...template, 'spec'];
  const spec = valueAt(resource.object, path);
  return isObject(spec) ? { path, spec } : undefined;
}

export type ContainerKind = 'container' | 'init' | 'ephemeral';

/** One container of a pod spec, with where it sits in the resource. */
export interface ContainerRef {
  readonly name: string;
  readonly kind: ContainerKind;
  readonly path: JsonPath;
  readonly spec: JsonObject;
}

const containerLists: [string, ContainerKind][] = [
  ['initContainers', 'init'],
  ['containers', 'container'],
  ['ephemeralContainers', 'ephemeral'],
];

/** Every container of a workload (init, regular and ephemeral), in manifest order. Do not modify the result. */
export function containersOf(resource: Resource): readonly ContainerRef[] {
  let containers = containerRefs.get(resource);
  if (!containers) containerRefs.set(resource, (containers = readContainers(resource)));
  return containers;
}

function readContainers(resource: Resource): ContainerRef[] {
  const pod = podSpecOf(resource);
  if (!pod) return [];
  const out: ContainerRef[] = [];
  for (const [field, kind] of containerLists) {
    const list = pod.spec[field];
    if (!Array.isArray(list)) continue;
    list.forEach((spec: unknown, index) => {
      if (!isObject(spec)) return;
      const name = typeof spec.name === 'string' ? spec.name : '';
      out.push({ name, kind, path: [...pod.path, field, index], spec });
    });
  }
  return out;
}

/** True for a plain JSON object (not an array, not null). */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// cross-resource rules ask for the same workload's labels once per Service, policy or budget
const podLabels = new WeakMap<Resource, Readonly<Record<string, string>>>();

/** The labels the Pods of a workload get (the template's; a Pod's own). Do not modify the result. */
export function podLabelsOf(resource: Resource): Readonly<Record<string, string>> {
  let labels = podLabels.get(resource);
  if (!labels) podLabels.set(resource, (labels = readPodLabels(resource)));
  return labels;
}

function readPodLabels(resource: Resource): Record<string, string> {
  const template = podTemplatePath(resource.kind);
  if (template === undefined) return {};
  const labels = valueAt(resource.object, [...template, 'metadata', 'labels']);
  const out: Record<string, string> = {};
  if (isObject(labels)) for (const [key, value] of Object.entries(labels)) if (typeof value === 'string') out[key] = value;
  return out;
}
