import { isObject, parseQuantity, type JsonObject } from '../../resources/index.js';
import { toUnits } from '../cluster/index.js';

/** Resource amounts in scheduler units (millicores for cpu, else whole units). */
export type Amounts = Map<string, number>;

/**
 * A container's requests as the API server stores them after Pod defaulting: a resource with
 * a limit but no request gets the limit as its request.
 */
export function containerRequests(container: unknown): Amounts {
  const out: Amounts = new Map();
  if (!isObject(container) || !isObject(container.resources)) return out;
  const { requests, limits } = container.resources;
  if (isObject(limits)) addAll(out, limits);
  if (isObject(requests)) {
    for (const [name, value] of Object.entries(requests)) {
      const quantity = parseQuantity(value);
      if (quantity) out.set(name, toUnits(name, quantity));
    }
  }
  return out;
}

function addAll(into: Amounts, values: JsonObject): void {
  for (const [name, value] of Object.entries(values)) {
    const quantity = parseQuantity(value);
    if (quantity) into.set(name, toUnits(name, quantity));
  }
}

function add(into: Amounts, from: Amounts): void {
  for (const [name, value] of from) into.set(name, (into.get(name) ?? 0) + value);
}

function max(into: Amounts, from: Amounts): void {
  for (const [name, value] of from) if (value > (into.get(name) ?? 0)) into.set(name, value);
}

/**
 * The effective request of a Pod (`resource.PodRequests`): the containers plus the sidecars
 * (init containers with `restartPolicy: Always`, which keep running), or the peak of the init
 * phase if higher, plus `spec.overhead`. Pod-level `spec.resources.requests` replace the sum.
 */
export function podRequests(spec: JsonObject): Amounts {
  const sum: Amounts = new Map();
  for (const container of listAt(spec, 'containers')) add(sum, containerRequests(container));
  const sidecars: Amounts = new Map();
  const initMax: Amounts = new Map();
  for (const init of listAt(spec, 'initContainers')) {
    const requests = containerRequests(init);
    if (isObject(init) && init.restartPolicy === 'Always') {
      add(sidecars, requests);
      max(initMax, sidecars);
    } else {
      // an ordinary init container runs beside the sidecars started before it
      const peak = new Map(sidecars);
      add(peak, requests);
      max(initMax, peak);
    }
  }
  add(sum, sidecars);
  if (isObject(spec.resources) && isObject(spec.resources.requests)) addAll(sum, spec.resources.requests);
  max(sum, initMax);
  if (isObject(spec.overhead)) add(sum, readAmounts(spec.overhead));
  for (const [name, value] of sum) if (value === 0) sum.delete(name);
  return sum;
}

function readAmounts(values: JsonObject): Amounts {
  const out: Amounts = new Map();
  addAll(out, values);
  return out;
}

function listAt(spec: JsonObject, field: string): unknown[] {
  const list = spec[field];
  return Array.isArray(list) ? list : [];
}

/** What scoring counts for a container without requests: 100m CPU, 200 MiB (`DefaultMilliCPURequest`...). */
export const defaultScoringCpu = 100;
export const defaultScoringMemory = 200 * 1024 * 1024;

/** The cpu and memory scoring uses: each regular container's request, or the defaults above. */
export function scoringRequests(spec: JsonObject): { cpu: number; memory: number } {
  let cpu = 0;
  let memory = 0;
  for (const container of listAt(spec, 'containers')) {
    const requests = containerRequests(container);
    cpu += requests.get('cpu') ?? defaultScoringCpu;
    memory += requests.get('memory') ?? defaultScoringMemory;
  }
  const overhead = isObject(spec.overhead) ? readAmounts(spec.overhead) : new Map<string, number>();
  return { cpu: cpu + (overhead.get('cpu') ?? 0), memory: memory + (overhead.get('memory') ?? 0) };
}
