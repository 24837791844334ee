import { describe, expect, it } from 'vitest';
import { parseAllDocuments, isMap, isSeq, isScalar, type Node } from 'yaml';
import { loadText } from '../../src/load/index.js';
import { LineIndex } from '../../src/load/line-index.js';
import { exactParseOptions, hasContent } from '../../src/load/source-text.js';
import { itemAt } from '../helpers/item-at.js';

// The fast path records node offsets while js-yaml parses; each case must place every key
// and scalar exactly where the yaml library's Document does.
const cases: Record<string, string> = {
  'block scalars': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  script: |\n    echo # not a comment\n    done\n  folded: >-\n    a\n    b\n  after: x\n',
  'comments everywhere': '# head\napiVersion: v1 # trailing\nkind: ConfigMap\nmetadata:\n  # inside\n  name: c   # spaced\ndata:\n  k: "v # quoted hash"\n',
  'quoted scalars over lines': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  a: "one\n    two"\n  b: \'three\n    four\'\n  c: plain\n    continued\n',
  'flow collections on their own line': 'apiVersion: v1\nkind: Role\nmetadata: {name: r}\nrules:\n- resources:\n    ["a", "b"]\n  verbs: [get]\n- {apiGroups: [""], verbs: ["list"]}\n',
  'empty values and null keys': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  labels:\ndata:\n  empty: ""\n  tilde: ~\n',
  'integer-like keys keep source order': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  b: x\n  "10": y\n  2: z\n',
  'document markers and several documents': '---\n# first\napiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n---   \n\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: b\n...\n',
  'tags and explicit keys': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  a: !!str 123\n  ? b\n  : c\n',
  'nested sequences': 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: a\n    args:\n    - - x\n      - y\n    - [z]\n',
  'CRLF line ends': 'apiVersion: v1\r\nkind: ConfigMap\r\nmetadata:\r\n  name: c\r\ndata:\r\n  k: v\r\n',
  'unicode before values': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  日本: "値"\n  emoji: "🚢 ok"\n',
};

describe('the position index of the fast path', () => {
  it.each(Object.entries(cases))('matches the yaml library for %s', (_, text) => {
    const lines = new LineIndex(text);
    const docs = parseAllDocuments(text, exactParseOptions).filter(hasContent);
    const { resources, diagnostics } = loadText(text, 't.yaml');
    expect(diagnostics).toEqual([]);
    expect(resources).toHaveLength(docs.length);
    let checked = 0;
    resources.forEach((resource, i) => {
      walk(itemAt(docs, i).contents as Node, [], (node, path, key) => {
        const range = resource.rangeOf(path);
        expect({ path, start: range.start }).toEqual({ path, start: lines.positionOf(node.range![0]) });
        if (key?.range) expect({ path, key: resource.rangeOf(path, 'key').start }).toEqual({ path, key: lines.positionOf(key.range[0]) });
        checked++;
      });
    });
    expect(checked).toBeGreaterThan(3);
  });
});

function walk(node: Node | null, at: (string | number)[], fn: (node: Node, path: (string | number)[], key?: Node) => void, key?: Node): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (isScalar(pair.key)) walk(pair.value as Node, [...at, String(pair.key.value)], fn, pair.key as Node);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => walk(item as Node, [...at, i], fn));
  } else if (isScalar(node) && node.range && node.range[1] > node.range[0]) {
    fn(node, at, key);
  }
}
