import { describe, expect, it } from 'vitest';
import { loadText } from '../../src/load/index.js';
import { firstItems, itemAt } from '../helpers/item-at.js';

/**
 * kubectl reads YAML with go-yaml v2 (sigs.k8s.io/yaml), and drydock must read what it reads, to
 * the same value, and refuse what it refuses. Each row below was checked against go-yaml v2.4.0
 * (`yaml.Unmarshal` into an untyped value, as sigs.k8s.io/yaml does); docs/yaml.md has the table.
 */
const configMap = (data: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n${data}`;

function read(data: string) {
  const loaded = loadText(configMap(data), 'c.yaml');
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error').map((d) => ({ ruleId: d.ruleId, message: d.message, line: d.range.start.line, column: d.range.start.column }));
  return { errors, data: loaded.resources[0]?.object.data as Record<string, unknown> | undefined };
}

// the escapes of double-quoted scalars: escape → the character kubectl reads
const accepted: [string, string][] = [
  ['\\0', '\0'], ['\\a', '\x07'], ['\\b', '\b'], ['\\t', '\t'], ['\\\t', '\t'], ['\\n', '\n'], ['\\v', '\v'],
  ['\\f', '\f'], ['\\r', '\r'], ['\\e', '\x1b'], ['\\ ', ' '], ['\\"', '"'], ["\\'", "'"], ['\\\\', '\\'],
  ['\\N', '\u0085'], ['\\_', '\u00a0'], ['\\L', '\u2028'], ['\\P', '\u2029'], ['\\x41', 'A'], ['\\xe9', 'é'],
  ['\\u2603', '☃'], ['\\U0001F600', '😀'],
];

describe('double-quoted escapes, as go-yaml v2 reads them', () => {
  for (const [escape, value] of accepted) {
    it(`reads "${JSON.stringify(escape).slice(1, -1)}" as U+${value.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`, () => {
      expect(read(`  k: "p${escape}q"\n`)).toEqual({ errors: [], data: { k: `p${value}q` } });
    });
  }

  it("reads \\' in a key too, and where anchors send the text to the exact parser", () => {
    expect(read(`  "k\\'ey": "it\\'s"\n`).data).toEqual({ "k'ey": "it's" });
    expect(read(`  a: &x "it\\'s"\n  b: *x\n`).data).toEqual({ a: "it's", b: "it's" });
  });

  it("reads \\' in a double-quoted string continued left of its key", () => {
    expect(read(`  k: "it\\'s\nfine"\n  m: x\n`)).toEqual({ errors: [], data: { k: "it's fine", m: 'x' } });
  });

  it("reads \\\\' as an escaped backslash, then the closing of a single-quoted string", () => {
    expect(read(`  k: "a\\\\"\n  m: 'b\\'\n  o: "c\\\\\\'d"\n`).data).toEqual({ k: 'a\\', m: 'b\\', o: "c\\'d" });
  });

  it("reads \\' beside a BEL of the text's own", () => {
    expect(read(`  k: "it\\'s \\a"\n`).data).toEqual({ k: "it's \x07" });
  });

  it("refuses a tab kubectl refuses in a text with \\'", () => {
    expect(read(`  k: "it\\'s"\n\t\n`).errors).toEqual([{ ruleId: 'yaml/tab-indent', message: 'a tab where kubectl (go-yaml v2) allows only spaces: at the start of a line (blank and comment lines too) or right after a list dash', line: 7, column: 1 }]);
  });

  it("leaves \\' alone outside double quotes (single-quoted, block scalar)", () => {
    expect(read(`  a: 'C:\\'\n  b: |\n    echo \\'hi\\'\n  c: "x\\'y"\n`).data).toEqual({ a: 'C:\\', b: "echo \\'hi\\'\n", c: "x'y" });
  });

  const refused: [string, string, string][] = [
    ['\\/', 'YAML 1.2 escape', 'a double-quoted string has the escape \\/, which kubectl does not know (write / alone)'],
    ['\\c', 'unknown letter', 'a double-quoted string has an invalid escape sequence'],
    ['\\x4', 'too few hex digits', 'a double-quoted string has an invalid escape sequence'],
    ['\\uD800', 'a surrogate', 'a double-quoted string escapes a surrogate or a code point past U+10FFFF, which kubectl refuses'],
    ['\\udfff', 'a low surrogate', 'a double-quoted string escapes a surrogate or a code point past U+10FFFF, which kubectl refuses'],
    ['\\U00110000', 'past U+10FFFF', 'a double-quoted string has an invalid escape sequence'],
  ];
  for (const [escape, why, message] of refused) {
    it(`refuses "${escape}" (${why}) at the backslash`, () => {
      expect(read(`  k: "p${escape}q"\n`)).toEqual({ errors: [{ ruleId: 'yaml/syntax', message, line: 6, column: 8 }], data: undefined });
    });
  }

  it('refuses \\/ where anchors send the text to the exact parser', () => {
    expect(read(`  a: &x "p\\/q"\n  b: *x\n`).errors).toEqual([{ ruleId: 'yaml/syntax', message: itemAt(refused, 0)[2], line: 6, column: 11 }]);
  });
});

describe('line folding in quoted scalars, as go-yaml v2 reads them', () => {
  it('folds one line break to a space and keeps the rest of a run of breaks', () => {
    expect(read('  k: "one\n\n\n    two  \n     three"\n').data).toEqual({ k: 'one\n\ntwo three' });
  });

  it('joins an escaped line break with nothing, keeping the blanks before it', () => {
    expect(read('  k: "one  \\\n     two"\n').data).toEqual({ k: 'one  two' });
  });

  it('keeps the empty lines after an escaped line break', () => {
    expect(read('  k: "one\\\n\n    two"\n').data).toEqual({ k: 'one\ntwo' });
  });

  it('reads U+0085 (NEL) inside double quotes as a line break', () => {
    expect(read('  k: "one\u0085two"\n').data).toEqual({ k: 'one two' });
  });
});

describe('indentation of quoted scalars, as go-yaml v2 checks it (not at all)', () => {
  it('accepts a double-quoted continuation line at the margin', () => {
    expect(read('  k: "one\ntwo"\n')).toEqual({ errors: [], data: { k: 'one two' } });
  });

  it('accepts a single-quoted continuation line at the margin', () => {
    expect(read("  k: 'one\ntwo'\n")).toEqual({ errors: [], data: { k: 'one two' } });
  });

  it('accepts a continuation line at its key\'s column, and goes on with the mapping after it', () => {
    expect(read('  k: "one\n  two"\n  m: x\n')).toEqual({ errors: [], data: { k: 'one two', m: 'x' } });
  });

  it('accepts an under-indented continuation inside a list item, with leading tabs', () => {
    const loaded = loadText('apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: a\n    args: ["one\n\ttwo"]\n', 'p.yaml');
    expect(loaded.diagnostics).toEqual([]);
    expect(itemAt((itemAt(loaded.resources, 0).object.spec as { containers: { args: string[] }[] }).containers, 0).args).toEqual(['one two']);
  });

  it('places the values after such a scalar on their own lines', () => {
    const [resource] = firstItems(loadText(configMap('  k: "one\ntwo"\n  m: x\n'), 'c.yaml').resources, 1);
    expect(resource.rangeOf(['data', 'm']).start).toEqual({ line: 8, column: 6 });
  });

  it('refuses a document marker at the margin inside quotes', () => {
    expect(read('  k: "one\n---\ntwo"\n').errors[0]).toMatchObject({ ruleId: 'yaml/syntax', line: 6 });
  });
});

describe('flow collections and plain scalars, as go-yaml v2 checks their indentation', () => {
  it('accepts a flow sequence whose continuation stands at the margin', () => {
    expect(read('  k: |-\n    x\n').data).toEqual({ k: 'x' });
    const loaded = loadText('apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: a\n    args: [one,\ntwo]\n', 'p.yaml');
    expect(loaded.diagnostics).toEqual([]);
  });

  it('refuses a plain continuation line at its key\'s column', () => {
    expect(read('  k: one\n  two\n').errors[0]).toMatchObject({ ruleId: 'yaml/syntax', line: 7, column: 3 });
  });
});

describe('block scalars at the end of the input, as go-yaml v2 reads them', () => {
  it('ends a literal scalar whose last line has no line break without one', () => {
    expect(read('  k: |\n    one\n    two').data).toEqual({ k: 'one\ntwo' });
  });

  it('does so for folded and keep (+) scalars, and for a list item', () => {
    expect(read('  k: >\n    one\n    two').data).toEqual({ k: 'one two' });
    expect(read('  k: |+\n    one').data).toEqual({ k: 'one' });
    const loaded = loadText('apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: a\n    args:\n    - |\n      one', 'p.yaml');
    expect(itemAt((itemAt(loaded.resources, 0).object.spec as { containers: { args: string[] }[] }).containers, 0).args).toEqual(['one']);
  });

  it('keeps the line break when the last line is blank, or a later key follows', () => {
    expect(read('  k: |\n    one\n  ').data).toEqual({ k: 'one\n' });
    expect(read('  k: |\n    one\n  m: x').data).toEqual({ k: 'one\n', m: 'x' });
  });

  it('does so where anchors send the text to the exact parser', () => {
    expect(read('  a: &x z\n  k: |\n    one').data).toEqual({ a: 'z', k: 'one' });
  });
});

describe('tabs, as go-yaml v2 reads them', () => {
  it('accepts a tab after a key\'s colon and before a comment', () => {
    expect(read('  k:\tv\t# note\n')).toEqual({ errors: [], data: { k: 'v' } });
  });

  it('refuses a tab that indents a key', () => {
    expect(read('\tk: v\n').errors[0]).toMatchObject({ ruleId: 'yaml/tab-indent', line: 6, column: 1 });
  });

  const refusedTab = (line: number, column: number) => ({ errors: [{ ruleId: 'yaml/tab-indent', message: 'a tab where kubectl (go-yaml v2) allows only spaces: at the start of a line (blank and comment lines too) or right after a list dash', line, column }], data: undefined });

  it('refuses a tab right after a list dash or a ? key', () => {
    expect(read('  k:\n  - \tb\n')).toEqual(refusedTab(7, 5));
    expect(read('  k:\n  -\tb\n')).toEqual(refusedTab(7, 4));
    expect(read('  ? \tk\n  : v\n')).toEqual(refusedTab(6, 5));
  });

  it('refuses a blank or comment line starting with a tab after a quoted value, a flow collection or an empty key', () => {
    expect(read('  k: "v"\n\t\n  m: x\n')).toEqual(refusedTab(7, 1));
    expect(read('  k: "v"\n  \t# note\n  m: x\n')).toEqual(refusedTab(7, 3));
    expect(read('  k: [v]\n\t\n  m: x\n')).toEqual(refusedTab(7, 1));
    expect(read('  k:\n\t\n    m: x\n')).toEqual(refusedTab(7, 1));
  });

  it('refuses a tab on a blank line after a plain value unless it stands right of the value\'s mapping', () => {
    expect(read('  k: v\n \t\n  m: x\n')).toEqual(refusedTab(7, 2));
    expect(read('  k: v\n  \t# note\n  m: x\n')).toEqual(refusedTab(7, 3));
    expect(read('  k: v\n   \t\n  m: x\n')).toEqual({ errors: [], data: { k: 'v', m: 'x' } });
  });

  it('refuses a tab left of a block scalar\'s indentation on a blank line after it', () => {
    expect(read('  k: |\n    one\n  \t\n  m: x\n')).toEqual(refusedTab(8, 3));
    expect(read('  k: |\n    one\n    \t\n  m: x\n')).toEqual({ errors: [], data: { k: 'one\n\t\n', m: 'x' } });
  });

  it('accepts tabs inside flow collections, quoted strings and block scalars (list dashes in them too)', () => {
    expect(read('  k: [a,\n\tb]\n  q: "a\n\t\n  b"\n  b: |\n    - \tc\n').data).toEqual({ k: ['a', 'b'], q: 'a\nb', b: '- \tc\n' });
  });

  it('reads the documents before the one with the tab', () => {
    const loaded = loadText(`${configMap('  k: v\n')}---\n${configMap('  k: "v"\n\t\n')}`, 'c.yaml');
    expect(loaded.resources.map((r) => r.object.data)).toEqual([{ k: 'v' }]);
    expect(loaded.diagnostics.map((d) => [d.ruleId, d.range.start.line, d.range.start.column])).toEqual([['yaml/tab-indent', 14, 1]]);
  });
});
