import { itemAt } from '../helpers/item-at.js';

/** A small deterministic PRNG (mulberry32): the same seed gives the same fuzz cases everywhere. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, max). */
  below(max: number): number {
    return Math.floor(this.next() * max);
  }

  pick<T>(items: readonly T[]): T {
    return itemAt(items, this.below(items.length));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** The PRNG of one case: a case is reproducible from (seed, index) alone, without the cases before it. */
export function caseRandom(seed: number, index: number): Random {
  return new Random(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35));
}

/** How big the generated parts may get: `npm test` keeps them small to stay quick. */
export interface CaseSizes {
  longLines: readonly number[];
  depths: readonly number[];
}

/** The sizes `npm run fuzz` uses. */
export const fullSizes: CaseSizes = { longLines: [1000, 70_000, 300_000], depths: [10, 100, 300, 1000, 5000] };
/** Smaller sizes for the bounded run in `npm test`. */
export const quickSizes: CaseSizes = { longLines: [1000, 20_000], depths: [10, 100, 300, 1000] };

/** One mutation: its name (for the reproducer) and what it does to a text. */
export interface Mutation {
  name: string;
  apply(text: string, random: Random, sizes: CaseSizes): string;
}

// characters YAML readers and our position code treat specially
const oddCharacters = [
  '\ud800', '\udfff', '\ufeff', '\0', '\r\n', '\r', '\u2028', '\u2029', '\u0085', '\t', '\x1b', '\x7f',
  '\u00a0', '\u200b', '\u0301', '😀', '\ufffd', '"', "'", '#', '&', '*', '!', '|', '>', '%', '@', '`',
  '{', '}', '[', ']', ',', ':', '? ', '- ', '---', '...', '\\', '{{ .Values.x }}', '<<: ',
];

const yamlSnippets = [
  '!!binary aGVsbG8=', '!!str', '!!int 12', '!!float .nan', '!!map {}', '!!seq []', '!custom x', '!<tag:x> y',
  '%YAML 1.2\n---\n', '%TAG ! tag:x:\n---\n', '--- |\n  text\n', '? complex\n: value\n', 'key: |-\n  a\n   b\n',
  '"unterminated', "'unterminated", 'x: >+\n\n\n', '0x1F', '0o17', '1_000', '1e400', '-.inf', '2001-12-14t21:59:43.10-05:00',
  'yes', 'No', 'on', '~', 'null', '0755', ':', '- - - -', '{a: [b, {c: d}]}', '[,]', '{,}', '&a &b x', '*', '&', '!',
];

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function splice(text: string, at: number, remove: number, insert: string): string {
  return text.slice(0, at) + insert + text.slice(at + remove);
}

function mapLines(text: string, random: Random, share: number, change: (line: string) => string): string {
  return text
    .split('\n')
    .map((line) => (random.chance(share) ? change(line) : line))
    .join('\n');
}

function randomString(random: Random, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) {
    const kind = random.below(4);
    if (kind === 0) out += String.fromCharCode(random.below(0x80));
    else if (kind === 1) out += String.fromCharCode(random.below(0x10000));
    else out += random.pick(oddCharacters);
  }
  return out;
}

function nested(random: Random, depth: number): string {
  switch (random.below(4)) {
    case 0:
      return '['.repeat(depth) + (random.chance(0.5) ? ']'.repeat(depth) : '');
    case 1:
      return '{a: '.repeat(depth) + (random.chance(0.5) ? '1' + '}'.repeat(depth) : '');
    case 2:
      return Array.from({ length: depth }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' v\n';
    default:
      return '- '.repeat(depth) + 'x\n';
  }
}

function anchorsAndAliases(text: string, random: Random): string {
  const starts = lineStarts(text);
  const name = random.pick(['a', 'b', 'x1', 'ref', '&', '*']);
  let out = text;
  const choice = random.below(5);
  if (choice === 0) {
    // a small alias bomb: each level doubles the previous
    const levels = 3 + random.below(15);
    const lines = ['a0: &a0 [x, x]'];
    for (let i = 1; i < levels; i++) lines.push(`a${i}: &a${i} [*a${i - 1}, *a${i - 1}]`);
    return splice(out, random.pick(starts), 0, lines.join('\n') + '\n');
  }
  if (choice === 1) return splice(out, random.pick(starts), 0, `self: &${name} [*${name}]\n`);
  if (choice === 2) return splice(out, random.pick(starts), 0, `<<: *${name}\n`);
  // an anchor on one value and an alias elsewhere, possibly before it or undefined
  const colon = out.indexOf(': ', random.below(Math.max(out.length, 1)));
  if (colon !== -1) out = splice(out, colon + 2, 0, `&${name} `);
  const other = out.indexOf(': ', random.below(Math.max(out.length, 1)));
  if (other !== -1) out = splice(out, other + 2, out.indexOf('\n', other) === -1 ? 0 : Math.max(0, out.indexOf('\n', other) - other - 2), `*${name}`);
  return out;
}

/** Every mutation the fuzzer applies; one to four are stacked per case. */
export const mutations: Mutation[] = [
  { name: 'truncate', apply: (text, random) => text.slice(0, random.below(text.length + 1)) },
  {
    name: 'flip-bytes',
    apply: (text, random) => {
      const bytes = Buffer.from(text, 'utf8');
      const flips = 1 + random.below(8);
      for (let i = 0; i < flips && bytes.length > 0; i++) {
        const at = random.below(bytes.length);
        bytes[at] = bytes[at]! ^ (1 << random.below(8)); // in range: below() is under the length
      }
      return new TextDecoder('utf-8').decode(bytes);
    },
  },
  {
    name: 'shift-indent',
    apply: (text, random) => mapLines(text, random, 0.05 + random.next() * 0.3, (line) => (random.chance(0.5) ? ' '.repeat(1 + random.below(3)) + line : line.replace(/^ {1,3}/, ''))),
  },
  {
    name: 'duplicate-line',
    apply: (text, random) => {
      const lines = text.split('\n');
      const at = random.below(lines.length);
      lines.splice(at, 0, itemAt(lines, at));
      return lines.join('\n');
    },
  },
  { name: 'insert-tabs', apply: (text, random) => mapLines(text, random, 0.1, (line) => line.replace(/^( *)/, (spaces) => (random.chance(0.5) ? '\t' + spaces : spaces + '\t'))) },
  { name: 'insert-unicode', apply: (text, random) => splice(text, random.below(text.length + 1), 0, randomString(random, 1 + random.below(6))) },
  { name: 'replace-unicode', apply: (text, random) => splice(text, random.below(text.length + 1), 1 + random.below(4), randomString(random, 1 + random.below(4))) },
  { name: 'crlf', apply: (text, random) => (random.chance(0.5) ? text.replace(/\n/g, '\r\n') : text.replace(/\n/g, () => (random.chance(0.3) ? '\r' : '\n'))) },
  { name: 'bom', apply: (text, random) => (random.chance(0.5) ? '\ufeff' + text : splice(text, random.pick(lineStarts(text)), 0, '\ufeff')) },
  { name: 'nul', apply: (text, random) => splice(text, random.below(text.length + 1), 0, '\0') },
  { name: 'deep-nesting', apply: (text, random, sizes) => splice(text, random.pick(lineStarts(text)), 0, 'deep: ' + nested(random, random.pick(sizes.depths)) + '\n') },
  { name: 'long-line', apply: (text, random, sizes) => splice(text, random.below(text.length + 1), 0, random.pick(['x', ' ', 'a: ', '#', '\\', '"']).repeat(random.pick(sizes.longLines))) },
  { name: 'anchors', apply: anchorsAndAliases },
  { name: 'yaml-snippet', apply: (text, random) => splice(text, random.chance(0.5) ? random.pick(lineStarts(text)) : random.below(text.length + 1), 0, random.pick(yamlSnippets)) },
  {
    name: 'swap-lines',
    apply: (text, random) => {
      const lines = text.split('\n');
      const a = random.below(lines.length);
      const b = random.below(lines.length);
      [lines[a], lines[b]] = [itemAt(lines, b), itemAt(lines, a)];
      return lines.join('\n');
    },
  },
  {
    name: 'copy-chunk',
    apply: (text, random) => {
      const from = random.below(text.length + 1);
      const chunk = text.slice(from, from + random.below(200));
      return splice(text, random.below(text.length + 1), 0, chunk);
    },
  },
  { name: 'delete-chunk', apply: (text, random) => splice(text, random.below(text.length + 1), random.below(50), '') },
  { name: 'document-separators', apply: (text, random) => splice(text, random.pick(lineStarts(text)), 0, random.pick(['---\n', '...\n', '--- ', '---\n---\n', '--- !!map\n'])) },
];

/** One fuzz input: the text, the mutations that made it, and the name it is loaded under. */
export interface FuzzCase {
  index: number;
  source: string;
  steps: string[];
  text: string;
  fileName: string;
}

const fileNames = ['case.yaml', 'case.yaml', 'case.yaml', 'case.yml', 'case.json', 'case.md', 'kustomization.yaml', 'case'];

/** Builds case `index` of a run with `seed` from one of `sources` (name and text). */
export function makeCase(seed: number, index: number, sources: readonly { name: string; text: string }[], sizes = fullSizes): FuzzCase {
  const random = caseRandom(seed, index);
  const source = random.pick(sources);
  let text = source.text;
  const steps: string[] = [];
  const count = 1 + random.below(4);
  for (let i = 0; i < count; i++) {
    const mutation = random.pick(mutations);
    steps.push(mutation.name);
    text = mutation.apply(text, random, sizes);
  }
  return { index, source: source.name, steps, text, fileName: random.pick(fileNames) };
}
