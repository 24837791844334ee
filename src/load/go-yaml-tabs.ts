import { skipInsignificant } from './position-index.js';

/**
 * Tabs that go-yaml v2 (kubectl) refuses and js-yaml accepts. Outside quoted strings and flow
 * collections, go-yaml's scanner skips only spaces where a line's first token may start, and
 * right after a list dash or a `?`; a tab there is `found character that cannot start any
 * token`, even on a blank or comment line. The blank lines after a plain (unquoted) value are
 * read as part of it, and a tab there must stand right of the collection the value belongs to
 * (`found a tab character that violates indentation`); after a block scalar (`|`, `>`), right of
 * or at its content's indentation. Texts without such a tab (nearly all) cost one regex test.
 */
const candidateLine = /^[ ]*(?:[-?][ ]+)*(?:[-?][ ]*)?\t/m;

/** Whether the text has a line whose leading blanks (or the blanks after its list dashes) hold a tab. */
export function mayHaveRefusedTab(text: string): boolean {
  return text.includes('\t') && candidateLine.test(text);
}

const enum Style { Plain, Quoted, Block, Flow }

interface Span {
  start: number;
  end: number;
  style: Style;
  /** Plain scalars: the column of the block collection they belong to (-1 at the top). */
  parentColumn: number;
}

/** The part of js-yaml's parser state the listener reads. */
interface ListenerState {
  position: number;
  kind: string | null;
}

/** Records where js-yaml read scalars and flow collections, to place tabs against them. */
export class TabChecker {
  private readonly opened: number[] = [];
  private readonly scalars: Span[] = [];
  private readonly flows: Span[] = [];
  // a collection's children all ask for its column: each is worked out once
  private readonly columns = new Map<number, number>();
  private readonly blockIndents = new Map<Span, number | undefined>();

  constructor(private readonly text: string) {}

  /** The js-yaml listener; run beside the position index's. */
  readonly listener = (event: 'open' | 'close', state: ListenerState): void => {
    if (event === 'open') {
      this.opened.push(state.position);
      return;
    }
    const raw = this.opened.pop()!;
    if (state.kind !== 'scalar' && state.kind !== 'mapping' && state.kind !== 'sequence') return;
    const start = skipInsignificant(this.text, raw);
    const first = this.text[start];
    if (state.kind !== 'scalar') {
      if (first === '[' || first === '{') this.flows.push({ start, end: state.position, style: Style.Flow, parentColumn: -1 });
      return;
    }
    const style = first === '"' || first === "'" ? Style.Quoted : first === '|' || first === '>' ? Style.Block : Style.Plain;
    this.scalars.push({ start, end: state.position, style, parentColumn: style === Style.Plain ? this.parentColumn(start) : -1 });
  };

  // the innermost open node that does not start where the scalar does (js-yaml opens a node
  // twice while it looks for a mapping key)
  private parentColumn(start: number): number {
    for (let i = this.opened.length - 1; i >= 0; i--) {
      const raw = this.opened[i]!;
      let column = this.columns.get(raw);
      if (column === undefined) {
        const parent = skipInsignificant(this.text, raw);
        // -2: the node starts where the scalar does (js-yaml opened it twice); look further up
        column = parent === start ? -2 : parent - (this.text.lastIndexOf('\n', parent - 1) + 1);
        if (parent !== start) this.columns.set(raw, column);
      }
      if (column !== -2) return column;
    }
    return -1;
  }

  /** The offset of the first tab kubectl would refuse, if there is one. */
  firstRefusedTab(): number | undefined {
    const scalars = [...this.scalars].sort((a, b) => a.start - b.start);
    const flows = outermost([...this.flows].sort((a, b) => a.start - b.start || b.end - a.end));
    const text = this.text;
    let lastSignificant = -1;
    let scanned = 0;
    for (let lineStart = 0; lineStart < text.length; ) {
      const newline = text.indexOf('\n', lineStart);
      const lineEnd = newline === -1 ? text.length : newline;
      const tab = candidateTab(text, lineStart, lineEnd);
      if (tab !== undefined) {
        // the last character before this line that is not a blank or a line break
        for (; scanned < lineStart; scanned++) if (!isWhite(text.charCodeAt(scanned))) lastSignificant = scanned;
        if (this.isRefused(tab, lineStart, lineEnd, lastSignificant, scalars, flows)) return tab.at;
      }
      lineStart = lineEnd + 1;
    }
    return undefined;
  }

  private isRefused(tab: CandidateTab, lineStart: number, lineEnd: number, lastSignificant: number, scalars: Span[], flows: Span[]): boolean {
    if (containing(flows, tab.at)) return false;
    const inside = containing(scalars, tab.at);
    if (inside && (inside.style === Style.Quoted || tab.afterIndicator)) return false;
    if (tab.afterIndicator) return true;
    // a line with text after its leading blanks is js-yaml's to refuse (it does)
    const rest = this.text.slice(tab.at, lineEnd).trimStart();
    if (rest !== '' && !rest.startsWith('#')) return false;
    const before = inside ?? (lastSignificant >= 0 ? containing(scalars, lastSignificant) : undefined);
    const column = tab.at - lineStart;
    if (before?.style === Style.Plain) return column <= before.parentColumn;
    if (before?.style === Style.Block) {
      if (!this.blockIndents.has(before)) this.blockIndents.set(before, blockIndent(this.text, before));
      const indent = this.blockIndents.get(before);
      return indent !== undefined && column < indent;
    }
    return true;
  }
}

interface CandidateTab {
  at: number;
  afterIndicator: boolean;
}

// a tab among the line's leading blanks, or right after its list dashes and `?`s
function candidateTab(text: string, lineStart: number, lineEnd: number): CandidateTab | undefined {
  let i = lineStart;
  while (i < lineEnd && text[i] === ' ') i++;
  if (text[i] === '\t') return { at: i, afterIndicator: false };
  while ((text[i] === '-' || text[i] === '?') && (i + 1 >= lineEnd || text[i + 1] === ' ' || text[i + 1] === '\t')) {
    i++;
    while (i < lineEnd && text[i] === ' ') i++;
    if (text[i] === '\t') return { at: i, afterIndicator: true };
  }
  return undefined;
}

// nested flow collections lie inside their outer one: only the outer ones are kept
function outermost(sorted: Span[]): Span[] {
  const kept: Span[] = [];
  for (const span of sorted) {
    const last = kept.at(-1);
    if (!last || span.start >= last.end) kept.push(span);
  }
  return kept;
}

// the span holding `offset`, in spans sorted by start that do not overlap
function containing(spans: Span[], offset: number): Span | undefined {
  let low = 0;
  let high = spans.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (spans[mid]!.start <= offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  const span = spans[found];
  return span && span.end > offset ? span : undefined;
}

// the indentation of a block scalar's content: its first line that is not blank; undefined with
// an explicit indentation indicator, which this does not follow (so its tabs are let through)
function blockIndent(text: string, span: Span): number | undefined {
  const headerEnd = text.indexOf('\n', span.start);
  if (headerEnd === -1 || /[1-9]/.test(text.slice(span.start, headerEnd).split('#')[0]!)) return undefined;
  for (let lineStart = headerEnd + 1; lineStart < span.end; ) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    let i = lineStart;
    while (i < lineEnd && text[i] === ' ') i++;
    if (i < lineEnd && text[i] !== '\r') return i - lineStart;
    lineStart = lineEnd + 1;
  }
  // no content: the indentation is at least one column
  return 1;
}

function isWhite(ch: number): boolean {
  return ch === 32 || ch === 9 || ch === 10 || ch === 13;
}
