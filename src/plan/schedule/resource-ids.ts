const ids = new Map<string, number>();
const names: string[] = [];

/**
 * A small number for a resource name, so node usage lives in arrays instead of maps (the
 * resource check runs once per node per Pod). Shared by every simulation; names are few.
 */
export function resourceId(name: string): number {
  let id = ids.get(name);
  if (id === undefined) {
    id = names.length;
    ids.set(name, id);
    names.push(name);
  }
  return id;
}

/** The name behind an id from {@link resourceId}. */
export function resourceName(id: number): string {
  const name = names[id];
  if (name === undefined) throw new Error(`no resource has id ${id}`);
  return name;
}

/** How many resource names have an id so far. */
export function resourceCount(): number {
  return names.length;
}
