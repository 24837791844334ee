import { quoteName } from '../../resources/index.js';
import { cloneTracked, untrack, type Tracked } from './tracked.js';

/** One JSON 6902 operation, its `value` already tracked to the patch's lines. */
export interface JsonPatchOperation {
  op: string;
  path: string;
  from?: string;
  value?: Tracked;
}

/** Why an operation did not apply (kustomize stops the build there, and so does this). */
export class JsonPatchError extends Error {
  /** The index of the operation that failed. */
  operation = 0;
}

/** Applies JSON 6902 operations in order to a copy of `target`; throws JsonPatchError at the first that fails. */
export function applyJsonPatch(target: Tracked, operations: readonly JsonPatchOperation[]): Tracked {
  let root = cloneTracked(target);
  for (const [index, operation] of operations.entries()) {
    try {
      root = applyOne(root, operation);
    } catch (error) {
      if (error instanceof JsonPatchError) error.operation = index;
      throw error;
    }
  }
  return root;
}

function applyOne(root: Tracked, operation: JsonPatchOperation): Tracked {
  const path = parsePointer(operation.path);
  switch (operation.op) {
    case 'add':
      return add(root, path, required(operation));
    case 'remove':
      remove(root, path);
      return root;
    case 'replace':
      if (path.length === 0) return required(operation);
      // kustomize's JSON patch library replaces a missing map key by adding it
      if (!isMissingMapKey(root, path)) remove(root, path);
      return add(root, path, required(operation));
    case 'move': {
      const from = parsePointer(fromOf(operation));
      const moved = get(root, from);
      remove(root, from);
      return add(root, path, moved);
    }
    case 'copy':
      return add(root, path, cloneTracked(get(root, parsePointer(fromOf(operation)))));
    case 'test':
      if (JSON.stringify(untrack(get(root, path))) !== JSON.stringify(untrack(required(operation)))) throw new JsonPatchError(`test failed at ${quoteName(operation.path)}`);
      return root;
    default:
      throw new JsonPatchError(`unknown operation ${quoteName(operation.op)}`);
  }
}

function required(operation: JsonPatchOperation): Tracked {
  if (operation.value === undefined) throw new JsonPatchError(`${quoteName(operation.op)} needs a value`);
  return cloneTracked(operation.value);
}

function fromOf(operation: JsonPatchOperation): string {
  if (operation.from === undefined) throw new JsonPatchError(`${quoteName(operation.op)} needs "from"`);
  return operation.from;
}

/** A JSON pointer's parts (`~1` is `/`, `~0` is `~`). */
function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new JsonPatchError(`the path ${quoteName(pointer)} does not start with /`);
  return pointer.slice(1).split('/').map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function get(root: Tracked, path: readonly string[]): Tracked {
  let node = root;
  for (const part of path) {
    const next = step(node, part);
    if (next === undefined) throw new JsonPatchError(`no value at ${quoteName(`/${path.join('/')}`)}`);
    node = next;
  }
  return node;
}

function step(node: Tracked, part: string): Tracked | undefined {
  if (node.kind === 'map') return node.entries.get(part);
  if (node.kind === 'list') return /^(0|[1-9]\d*)$/.test(part) ? node.items[Number(part)] : undefined;
  return undefined;
}

function add(root: Tracked, path: readonly string[], value: Tracked): Tracked {
  const last = path.at(-1);
  if (last === undefined) return value;
  const parent = get(root, path.slice(0, -1));
  if (parent.kind === 'map') parent.entries.set(last, value);
  else if (parent.kind === 'list') {
    const index = last === '-' ? parent.items.length : listIndex(last, parent.items.length);
    parent.items.splice(index, 0, value);
  } else throw new JsonPatchError(`no object or list at ${quoteName(`/${path.slice(0, -1).join('/')}`)}`);
  return root;
}

function remove(root: Tracked, path: readonly string[]): void {
  const last = path.at(-1);
  if (last === undefined) throw new JsonPatchError('cannot remove the whole object');
  const parent = get(root, path.slice(0, -1));
  if (parent.kind === 'map' && parent.entries.has(last)) parent.entries.delete(last);
  else if (parent.kind === 'list') parent.items.splice(listIndex(last, parent.items.length - 1), 1);
  else throw new JsonPatchError(`no value at ${quoteName(`/${path.join('/')}`)}`);
}

function isMissingMapKey(root: Tracked, path: readonly string[]): boolean {
  const parent = get(root, path.slice(0, -1));
  const last = path.at(-1);
  return parent.kind === 'map' && (last === undefined || !parent.entries.has(last));
}

function listIndex(part: string, max: number): number {
  if (!/^(0|[1-9]\d*)$/.test(part) || Number(part) > max) throw new JsonPatchError(`no list index ${quoteName(part)}`);
  return Number(part);
}

