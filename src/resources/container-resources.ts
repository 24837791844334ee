import type { JsonPath } from './json-path.js';
import { missingFieldPath } from './missing-field-path.js';
import type { ContainerRef } from './pod-template.js';
import { containersOf, isObject } from './pod-template.js';
import type { Resource } from './resource.js';
import type { Quantity } from './quantity.js';
import { parseQuantity } from './quantity.js';

/** One entry of a container's `resources.requests` or `resources.limits`, as a rule sees it. */
export interface ResourceAmount {
  /**
   * `missing`: absent, null or an empty string; `zero`: a zero quantity; `set`: a positive
   * quantity; `invalid`: anything else (schema validation reports it).
   */
  state: 'missing' | 'zero' | 'set' | 'invalid';
  quantity?: Quantity;
  /** The value as written, for messages. */
  text?: string;
  /** The value's path when present, else the path to report the missing field at. */
  path: JsonPath;
}

/** Reads `resources.<section>.<name>` (`requests`/`limits`, `cpu`/`memory`/`ephemeral-storage`) of a container. */
export function resourceAmountOf(container: ContainerRef, section: 'requests' | 'limits', name: string): ResourceAmount {
  const fullPath = [...container.path, 'resources', section, name];
  const resources = container.spec.resources;
  const entries = isObject(resources) ? resources[section] : undefined;
  // a `resources` or section that is not a mapping is a schema error, not a missing amount
  if (!isAbsent(resources) && !isObject(resources)) return { state: 'invalid', path: [...container.path, 'resources'] };
  if (!isAbsent(entries) && !isObject(entries)) return { state: 'invalid', path: [...container.path, 'resources', section] };
  const value = isObject(entries) ? entries[name] : undefined;
  if (value === undefined || value === null || value === '') {
    // the container's own path exists, so only the tail can be missing
    return { state: 'missing', path: [...container.path, ...missingFieldPath(container.spec, ['resources', section, name])] };
  }
  const quantity = parseQuantity(value);
  if (quantity === undefined) return { state: 'invalid', path: fullPath };
  return { state: quantity.mantissa === 0n ? 'zero' : 'set', quantity, text: String(value), path: fullPath };
}

/** A container whose `resources.<section>.<name>` is missing or zero, as the four `*-missing` resource rules report it. */
export interface UnsetResourceAmount {
  state: 'missing' | 'zero';
  container: string;
  path: JsonPath;
}

/**
 * The containers of a workload that leave `resources.<section>.<name>` unset or zero: regular,
 * init (unless `ignoreInitContainers`) and sidecar containers; ephemeral ones may set no resources.
 */
export function unsetResourceAmounts(resource: Resource, section: 'requests' | 'limits', name: string, options: { ignoreInitContainers: boolean }): UnsetResourceAmount[] {
  const unset: UnsetResourceAmount[] = [];
  for (const container of containersOf(resource)) {
    if (container.kind === 'ephemeral' || (container.kind === 'init' && options.ignoreInitContainers)) continue;
    const amount = resourceAmountOf(container, section, name);
    if (amount.state === 'missing' || amount.state === 'zero') unset.push({ state: amount.state, container: container.name, path: amount.path });
  }
  return unset;
}

function isAbsent(value: unknown): boolean {
  return value === undefined || value === null;
}
