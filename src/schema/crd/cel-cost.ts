/**
 * The API server's CEL cost limits (k8s.io/apiserver/pkg/apis/cel/config.go): one evaluation of
 * one expression may cost 1,000,000 units (PerCallLimit), all rules of one object 10,000,000
 * (RuntimeCELCostBudget).
 */
export const perCallLimit = 1_000_000;
export const perObjectBudget = 10_000_000;

/** What one metered evaluation gave: its value or error, its cost, and whether it hit the limit. */
export interface MeteredResult {
  value?: unknown;
  error?: unknown;
  cost: number;
  exceeded: boolean;
}

/**
 * cel-js has no cost hooks, so drydock meters evaluation itself: every AST node that is
 * evaluated costs 1, and an operator or function call costs a tenth of the size of its
 * arguments (string length, list or map size) more, as cel-go charges string traversals. cel-go
 * charges a comprehension several units per iteration where this charges one, so for ordinary
 * rules the count stays at or under the server's. Past the limit every node throws, so a
 * runaway rule stops within a few node evaluations instead of running to the end.
 */
export function evaluateMetered(program: (context: Record<string, unknown>) => unknown, context: Record<string, unknown>, limit: number): MeteredResult {
  meterTree((program as { ast?: unknown }).ast);
  const outer = active;
  const meter: Meter = { used: 0, limit, frames: [] };
  active = meter;
  try {
    const value = program(context);
    return { value, cost: meter.used, exceeded: meter.used > limit };
  } catch (error) {
    return { error, cost: meter.used, exceeded: meter.used > limit };
  } finally {
    active = outer;
  }
}

/**
 * Thrown inside evaluation once the limit is passed; cel-js may absorb it (`||`, exists), the
 * meter does not. One instance serves every throw: capturing a stack each time would cost more
 * than the evaluation it stops.
 */
const costLimitExceeded = new Error('CEL cost limit exceeded');

interface Meter {
  used: number;
  limit: number;
  /** For each node being evaluated, the summed size of the values its children gave. */
  frames: number[];
}

let active: Meter | undefined;

type Evaluate = (this: unknown, ...args: unknown[]) => unknown;

interface CelNode {
  op: string;
  args: unknown;
  meta?: Record<string, unknown>;
  evaluate: Evaluate;
}

// operators and calls whose work grows with their arguments' size
const sizedOps = new Set(['call', 'rcall', '==', '!=', 'in', '+', '<', '<=', '>', '>=']);
const meteredNodes = new WeakSet<object>();

function meterTree(root: unknown): void {
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const item = pending.pop();
    if (Array.isArray(item)) {
      for (const child of item as unknown[]) pending.push(child);
    } else if (isCelNode(item)) {
      if (meteredNodes.has(item)) continue;
      meteredNodes.add(item);
      meterNode(item);
      pending.push(item.args, item.meta?.alternate, item.meta?.macro);
    } else if (item !== null && typeof item === 'object' && Object.getPrototypeOf(item) === Object.prototype) {
      // a comprehension's parts: iterable, init, step, condition
      for (const child of Object.values(item)) pending.push(child);
    }
  }
}

function isCelNode(value: unknown): value is CelNode {
  return value !== null && typeof value === 'object' && typeof (value as CelNode).op === 'string' && typeof (value as CelNode).evaluate === 'function';
}

// cel-js replaces a node's `evaluate` on its first call (`this.evaluate = ...`): the setter keeps
// that replacement as the inner function, and the getter always hands out the metered one
function meterNode(node: CelNode): void {
  let inner = node.evaluate;
  const sized = sizedOps.has(node.op) && !(Array.isArray(node.args) && node.args[0] === 'size');
  const metered: Evaluate = function (this: unknown, ...args: unknown[]) {
    const meter = active;
    if (!meter) return inner.apply(this, args);
    charge(meter, 1);
    meter.frames.push(0);
    let result: unknown;
    try {
      result = inner.apply(this, args);
    } catch (error) {
      meter.frames.pop();
      throw error;
    }
    const childSize = meter.frames.pop() ?? 0;
    if (sized) charge(meter, Math.floor(childSize / 10));
    const parent = meter.frames.length - 1;
    if (parent >= 0) meter.frames[parent] = (meter.frames[parent] ?? 0) + sizeOf(result);
    return result;
  };
  Object.defineProperty(node, 'evaluate', {
    configurable: true,
    get: () => metered,
    set: (replacement: Evaluate) => {
      inner = replacement;
    },
  });
}

function charge(meter: Meter, cost: number): void {
  meter.used += cost;
  if (meter.used > meter.limit) throw costLimitExceeded;
}

function sizeOf(value: unknown): number {
  if (typeof value === 'string' || Array.isArray(value) || value instanceof Uint8Array) return value.length;
  if (value instanceof Map || value instanceof Set) return value.size;
  if (value === null || typeof value !== 'object') return 0;
  // CEL maps from the object are plain objects: counting keys is linear, so it happens once
  let size = objectSizes.get(value);
  if (size === undefined) {
    size = Object.keys(value).length;
    objectSizes.set(value, size);
  }
  return size;
}

const objectSizes = new WeakMap<object, number>();
