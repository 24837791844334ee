import { containersOf, type ContainerRef, type Resource } from '../resources/index.js';

// Eight checks in a row ask for the containers of the same resource; the answer for the last
// resource asked about is kept. It is recomputed when the resource or its object changes.
let last: { resource: Resource; object: unknown; containers: readonly ContainerRef[] } | undefined;

/** containersOf(resource), computed once for consecutive checks of the same resource. */
export function containersIn(resource: Resource): readonly ContainerRef[] {
  if (last?.resource !== resource || last.object !== resource.object) {
    last = { resource, object: resource.object, containers: containersOf(resource) };
  }
  return last.containers;
}
