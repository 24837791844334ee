import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments, isMap, isSeq, isScalar, type Document, type Node } from 'yaml';
import { loadText } from '../../src/load/index.js';
import { exactParseOptions, hasContent } from '../../src/load/source-text.js';
import { corpusDir, corpusFiles, hasCorpus } from '../helpers/shared.js';
import { LineIndex } from '../../src/load/line-index.js';
import { mayEndInBlockScalar, trimFinalBlockScalar } from '../../src/load/final-block-scalar.js';
import { itemAt } from '../helpers/item-at.js';

// The fast path (js-yaml with kubectl's scalar rules) must read every corpus file to the same
// values as the exact path (the `yaml` library), and rangeOf must give the `yaml` node's position.
describe.skipIf(!hasCorpus)('loading the corpus', () => {
  // one pass over the corpus (each file read, loaded and parsed by yaml once) gathers what both
  // tests assert
  const mismatches: string[] = [];
  const wrong: string[] = [];
  let checked = 0;
  beforeAll(() => {
    for (const file of corpusFiles()) {
      const text = readFileSync(path.join(corpusDir, file), 'utf8');
      const loaded = loadText(text, file);
      const docs = parseAllDocuments(text, exactParseOptions).filter(hasContent);
      // what kubectl reads and YAML 1.2 refuses (go-yaml-scanner.test.ts) has no reference here
      if (docs.some((doc) => doc.errors.length > 0)) continue;
      // kubectl ends a block scalar that runs to the end of a file without a line break (final-block-scalar.ts)
      if (docs.length > 0 && mayEndInBlockScalar(text)) trimFinalBlockScalar(itemAt(docs, docs.length - 1), text);
      if (!loaded.diagnostics.some((d) => d.severity === 'error') && !sameValues(loaded, docs)) mismatches.push(file);
      checked += comparePositions(file, text, loaded, docs, wrong);
    }
  });

  it('reads the same values as the yaml library, document by document', () => {
    expect(mismatches).toEqual([]);
  });

  it('places every key and scalar of every resource where the yaml library does', () => {
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(100_000);
  });
});

function sameValues(loaded: ReturnType<typeof loadText>, docs: Document[]): boolean {
  const objects = docs.flatMap((doc) => {
    const value = doc.toJS() as Record<string, unknown>;
    const isList = typeof value?.kind === 'string' && value.kind.endsWith('List') && Array.isArray(value.items);
    return isList ? (value.items as unknown[]) : [value];
  });
  const ours = loaded.resources.map((r) => r.object);
  const skipped = loaded.diagnostics.filter((d) => d.ruleId === 'input/not-a-manifest').length;
  return ours.length + skipped === objects.length && (skipped > 0 || JSON.stringify(ours) === JSON.stringify(objects));
}

/** Compares every scalar's range with the yaml node's, adding the first 20 differences to `wrong`; returns how many were compared. */
function comparePositions(file: string, text: string, loaded: ReturnType<typeof loadText>, docs: Document[], wrong: string[]): number {
  let checked = 0;
  const lines = new LineIndex(text);
  for (const resource of loaded.resources) {
    if (resource.source.itemIndex !== undefined) continue;
    const doc = itemAt(docs, resource.source.documentIndex);
    forEachScalar(doc.contents as Node, [], (node, nodePath, key) => {
      const range = resource.rangeOf(nodePath);
      const start = lines.positionOf(node.range![0]);
      const end = lines.positionOf(node.range![1]);
      const keyRange = resource.rangeOf(nodePath, 'key');
      const keyStart = key?.range ? lines.positionOf(key.range[0]) : undefined;
      const isSingleLine = start.line === end.line;
      const ok =
        range.start.line === start.line && range.start.column === start.column &&
        (!isSingleLine || (range.end.line === end.line && range.end.column === end.column)) &&
        (!keyStart || (keyRange.start.line === keyStart.line && keyRange.start.column === keyStart.column));
      if (!ok && wrong.length < 20) {
        wrong.push(`${file} ${nodePath.join('.')}: ${JSON.stringify([range.start, range.end, keyRange.start])} != ${JSON.stringify([start, end, keyStart])}`);
      }
      checked++;
    });
  }
  return checked;
}

function forEachScalar(node: Node | null, at: (string | number)[], fn: (node: Node, path: (string | number)[], key?: Node) => void, key?: Node): void {
  if (isMap(node)) {
    const keys = new Set<string>();
    // kubectl keeps the last of duplicate keys; merge keys do not name a path of their own
    for (const pair of [...node.items].reverse()) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (key === undefined || key === '<<' || keys.has(key)) continue;
      keys.add(key);
      forEachScalar(pair.value as Node, [...at, key], fn, pair.key as Node);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => forEachScalar(item as Node, [...at, i], fn));
  } else if (isScalar(node) && node.range && node.range[1] > node.range[0] && !node.source?.toString().startsWith('*')) {
    fn(node, at, key);
  }
}
