import type { JsonPath, RangeTarget } from '../resources/index.js';
import type { OffsetRange } from './yaml-node-range.js';

const enum NodeKind {
  Scalar = 1,
  Mapping = 2,
  Sequence = 3,
}

// js-yaml's state.kind: 'mapping', 'sequence', or 'scalar' (null for an empty node)
function kindCode(kind: string | null): NodeKind {
  return kind === 'mapping' ? NodeKind.Mapping : kind === 'sequence' ? NodeKind.Sequence : NodeKind.Scalar;
}

/** The part of js-yaml's parser state the listener reads. */
interface ListenerState {
  position: number;
  kind: string | null;
  result: unknown;
}

/** Children of a large collection by key or index: [value node, key node (0 in a sequence)]. */
interface ChildTable {
  byKey?: Map<string, [number, number]>;
  byIndex?: [number, number][];
}

/** Collections with more children than this get a lookup table on first use. */
const maxWalk = 32;

/**
 * Node offsets recorded while js-yaml parses (its `listener` option), so positions cost no
 * second parse. Nodes live in typed arrays: a tree of first-child / next-sibling links, where a
 * mapping's children alternate key, value. Only texts without anchors, duplicate keys or other
 * errors are indexed this way (the exact path handles those), so a mapping's keys are unique.
 */
export class PositionIndex {
  // node ids stay below `count`, inside every array, so their reads (`!`) are never out of bounds
  private starts = new Int32Array(1024);
  private ends = new Int32Array(1024);
  private firstChild = new Int32Array(1024);
  private lastChild = new Int32Array(1024);
  private nextSibling = new Int32Array(1024);
  private kinds = new Uint8Array(1024);
  private readonly scalars: unknown[] = [];
  private readonly openStack: number[] = [];
  private count = 1; // node 0 means "none"
  private readonly childTables = new Map<number, ChildTable>();
  /** The first scalar that closed at the end of the text: where it opened, and its value. */
  private scalarAtEnd?: { start: number; value: unknown };
  /** The root node of each document, in stream order. */
  readonly roots: number[] = [];

  constructor(private readonly text: string) {}

  /** The js-yaml listener that fills the index. */
  readonly listener = (event: 'open' | 'close', state: ListenerState): void => {
    if (event === 'open') {
      this.openStack.push(this.allocate(state.position));
      return;
    }
    const node = this.openStack.pop()!;
    if (state.kind === 'scalar' && state.position >= this.text.length) this.scalarAtEnd ??= { start: this.starts[node]!, value: state.result };
    this.close(node, state);
    const parent = this.openStack[this.openStack.length - 1];
    if (parent === undefined) this.roots.push(node);
    else this.appendChild(parent, node);
  };

  /** Whether some mapping key is itself a mapping or a sequence (kubectl refuses such a key). */
  hasCollectionKey(): boolean {
    for (let node = 1; node < this.count; node++) {
      if (this.kinds[node] !== NodeKind.Mapping) continue;
      // children alternate key, value: look at every other one
      for (let key = this.firstChild[node]; key; key = this.nextSibling[this.nextSibling[key]!]!) {
        if (this.kinds[key] !== NodeKind.Scalar) return true;
      }
    }
    return false;
  }

  /** Where each double-quoted scalar starts (a node js-yaml composed twice may be listed twice). */
  *doubleQuotedStarts(): Generator<number> {
    for (let node = 1; node < this.count; node++) {
      if (this.kinds[node] !== NodeKind.Scalar) continue;
      const start = this.startOf(node);
      if (this.text.charCodeAt(start) === 34) yield start;
    }
  }

  /** Rewrites the strings the index keeps (keys read from a stand-in text, quote-escape-stand-in.ts). */
  mapStrings(map: (value: string) => string): void {
    for (let node = 1; node < this.count; node++) {
      const value = this.scalars[node];
      if (typeof value === 'string') this.scalars[node] = map(value);
    }
  }

  /** What the last node read, if it is a block scalar (`|`, `>`) that runs to the end of the text. */
  finalBlockScalar(): string | undefined {
    if (!this.scalarAtEnd) return undefined;
    const { start, value } = this.scalarAtEnd;
    const indicator = this.text[skipInsignificant(this.text, start)];
    return (indicator === '|' || indicator === '>') && typeof value === 'string' ? value : undefined;
  }

  /** The offsets of the field at `path` under `root`, with yamlNodeRange's rules. */
  range(root: number, path: JsonPath, target?: RangeTarget): OffsetRange | undefined {
    let node = root;
    let key = 0;
    let isComplete = true;
    for (const step of path) {
      const next = this.childOf(node, step);
      if (!next) {
        isComplete = false;
        break;
      }
      [node, key] = next;
    }
    const keyRange = key ? this.offsets(key) : undefined;
    const isScalar = this.kinds[node] === NodeKind.Scalar;
    const value = this.offsets(node);
    if (isComplete && target !== 'key' && isScalar && value.end > value.start) return value;
    return keyRange ?? value;
  }

  private childOf(node: number, step: string | number): [number, number] | undefined {
    const kind = this.kinds[node];
    if (kind !== NodeKind.Mapping && !(kind === NodeKind.Sequence && typeof step === 'number')) return undefined;
    const table = this.childTables.get(node);
    if (table) return kind === NodeKind.Mapping ? table.byKey!.get(String(step)) : table.byIndex![step as number];
    // a short walk for small collections; a table once one is large, since diagnostics on
    // each of 100,000 containers would otherwise walk 100,000 siblings each
    let steps = 0;
    if (kind === NodeKind.Mapping) {
      const wanted = String(step);
      for (let k = this.firstChild[node]; k; k = this.nextSibling[this.nextSibling[k]!]!) {
        if (++steps > maxWalk) return this.buildTable(node, kind).byKey!.get(wanted);
        const value = this.nextSibling[k];
        if (!value) return undefined;
        if (String(this.scalars[k]) === wanted) return [value, k];
      }
      return undefined;
    }
    let child = this.firstChild[node];
    for (let i = 0; i < (step as number) && child; i++) {
      if (++steps > maxWalk) return this.buildTable(node, kind).byIndex![step as number];
      child = this.nextSibling[child];
    }
    return child ? [child, 0] : undefined;
  }

  private buildTable(node: number, kind: NodeKind): ChildTable {
    const table: ChildTable = {};
    if (kind === NodeKind.Mapping) {
      table.byKey = new Map();
      for (let k = this.firstChild[node]; k; k = this.nextSibling[this.nextSibling[k]!]!) {
        const value = this.nextSibling[k];
        if (!value) break;
        // the first of equal keys wins, as in the walk
        const name = String(this.scalars[k]);
        if (!table.byKey.has(name)) table.byKey.set(name, [value, k]);
      }
    } else {
      table.byIndex = [];
      for (let child = this.firstChild[node]; child; child = this.nextSibling[child]) table.byIndex.push([child, 0]);
    }
    this.childTables.set(node, table);
    return table;
  }

  private offsets(node: number): OffsetRange {
    const start = this.startOf(node);
    return { start, end: trimEnd(this.text, start, this.ends[node]!), multiline: this.kinds[node] !== NodeKind.Scalar };
  }

  private allocate(position: number): number {
    if (this.count === this.starts.length) this.grow();
    const node = this.count++;
    this.starts[node] = position;
    return node;
  }

  // Offsets are stored raw (js-yaml's) and adjusted only when a range is asked for.
  private close(node: number, state: ListenerState): void {
    const child = this.firstChild[node];
    // a node read while looking for a mapping key (a plain scalar, a flow collection) is
    // composed twice, the inner one starting at the same place: keep the inner node
    if (child && child === this.lastChild[node] && this.startsTogether(child, node)) {
      this.copy(child, node);
      return;
    }
    const kind = kindCode(state.kind);
    this.kinds[node] = kind;
    this.ends[node] = state.position;
    if (kind === NodeKind.Scalar) this.scalars[node] = state.result;
  }

  // equal raw offsets need no scan past spaces and comments (this runs for most nodes)
  private startsTogether(a: number, b: number): boolean {
    return this.starts[a] === this.starts[b] || this.startOf(a) === this.startOf(b);
  }

  /** Where a node's content starts (past blanks, comments and its tag or anchor). */
  startOf(node: number): number {
    return skipInsignificant(this.text, this.starts[node]!);
  }

  private copy(from: number, to: number): void {
    this.starts[to] = this.starts[from]!;
    this.ends[to] = this.ends[from]!;
    this.kinds[to] = this.kinds[from]!;
    this.scalars[to] = this.scalars[from];
    this.firstChild[to] = this.firstChild[from]!;
    this.lastChild[to] = this.lastChild[from]!;
  }

  private appendChild(parent: number, child: number): void {
    const last = this.lastChild[parent];
    if (last) this.nextSibling[last] = child;
    else this.firstChild[parent] = child;
    this.lastChild[parent] = child;
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const resize = <T extends Int32Array | Uint8Array>(array: T, make: (n: number) => T): T => {
      const next = make(size);
      next.set(array);
      return next;
    };
    this.starts = resize(this.starts, (n) => new Int32Array(n));
    this.ends = resize(this.ends, (n) => new Int32Array(n));
    this.firstChild = resize(this.firstChild, (n) => new Int32Array(n));
    this.lastChild = resize(this.lastChild, (n) => new Int32Array(n));
    this.nextSibling = resize(this.nextSibling, (n) => new Int32Array(n));
    this.kinds = resize(this.kinds, (n) => new Uint8Array(n));
  }
}

// js-yaml reports a node as opening before the separating spaces, comments, markers and node
// properties (`!tag`, `&anchor`); the yaml library's range starts at the content
export function skipInsignificant(text: string, from: number): number {
  let i = from;
  for (;;) {
    const ch = text.charCodeAt(i);
    if (ch === 32 || ch === 9 || ch === 10 || ch === 13) i++;
    else if (ch === 33 || ch === 38) {
      while (i < text.length && !isSpace(text.charCodeAt(i))) i++;
    }
    else if (ch === 35 && (i === 0 || isSpace(text.charCodeAt(i - 1)))) {
      const newline = text.indexOf('\n', i);
      i = newline === -1 ? text.length : newline;
    } else if (ch === 45 && text.startsWith('---', i) && (i === 0 || text.charCodeAt(i - 1) === 10) && isSpaceOrEnd(text, i + 3)) i += 3;
    else return i;
  }
}

// and as closing after the spaces and line breaks that follow it
function trimEnd(text: string, start: number, end: number): number {
  let i = Math.min(end, text.length);
  while (i > start && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

function isSpace(ch: number): boolean {
  return ch === 32 || ch === 9 || ch === 10 || ch === 13;
}

function isSpaceOrEnd(text: string, i: number): boolean {
  return i >= text.length || isSpace(text.charCodeAt(i));
}
