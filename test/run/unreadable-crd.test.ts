import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validate } from '../../src/run/run-validate.js';

// A CRD whose description uses \/, an escape kubectl's YAML reader refuses (go-yaml v2)
const crd = (escape: string, names = 'names:\n    kind: Widget\n    plural: widgets\n') => `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: widgets.example.com
spec:
  group: example.com
  ${names}  scope: Namespaced
  versions:
  - name: v1
    served: true
    storage: true
    schema:
      openAPIV3Schema:
        type: object
        description: "a ${escape} b"
`;
const widget = 'apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n';
const gadget = 'apiVersion: example.com/v1\nkind: Gadget\nmetadata:\n  name: g\n';

const dir = mkdtempSync(path.join(tmpdir(), 'drydock-unreadable-crd-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  writeFileSync(path.join(dir, name), text);
  return name;
}

const summary = (d: { ruleId: string; severity: string; message: string; range: { file: string; start: { line: number; column: number } } }) =>
  ({ file: d.range.file, line: d.range.start.line, column: d.range.start.column, ruleId: d.ruleId, severity: d.severity, message: d.message });

describe('a CRD document that cannot be read', () => {
  for (const keepResources of [true, false]) {
    it(`gives its own YAML error, and its custom resources a note instead of "unknown kind" (${keepResources ? 'all loaded at once' : 'CRDs found first'})`, async () => {
      const files = [write('crd.yaml', crd('\\/')), write('widget.yaml', widget), write('gadget.yaml', gadget)];
      const result = await validate({ paths: files, cwd: dir, keepResources });
      expect(result.diagnostics.map(summary)).toEqual([
        { file: 'crd.yaml', line: 18, column: 25, ruleId: 'yaml/syntax', severity: 'error', message: 'a double-quoted string has the escape \\/, which kubectl does not know (write / alone)' },
        { file: 'gadget.yaml', line: 2, column: 7, ruleId: 'schema/unknown-kind', severity: 'warning', message: 'no schema for example.com/v1 Gadget: not a built-in kind, and no CRD in the input or extra schema defines it' },
        { file: 'widget.yaml', line: 2, column: 7, ruleId: 'schema/crd-unreadable', severity: 'info', message: 'not checked: the CustomResourceDefinition of this kind has a YAML error in the input (reported there), so its schema is unknown' },
      ]);
    });
  }

  for (const keepResources of [true, false]) {
    it(`gives a CRD refused for a tab (found on the fast path) the same treatment (${keepResources ? 'all loaded at once' : 'CRDs found first'})`, async () => {
      // go-yaml v2 refuses a tab leading a comment line; the yaml library does not
      const files = [write('crd-tab.yaml', crd('x').replace('  scope:', '\t# namespaced\n  scope:')), write('widget.yaml', widget), write('gadget.yaml', gadget)];
      const result = await validate({ paths: files, cwd: dir, keepResources });
      expect(result.diagnostics.map(summary)).toEqual([
        { file: 'crd-tab.yaml', line: 10, column: 1, ruleId: 'yaml/tab-indent', severity: 'error', message: 'a tab where kubectl (go-yaml v2) allows only spaces: at the start of a line (blank and comment lines too) or right after a list dash' },
        { file: 'gadget.yaml', line: 2, column: 7, ruleId: 'schema/unknown-kind', severity: 'warning', message: 'no schema for example.com/v1 Gadget: not a built-in kind, and no CRD in the input or extra schema defines it' },
        { file: 'widget.yaml', line: 2, column: 7, ruleId: 'schema/crd-unreadable', severity: 'info', message: 'not checked: the CustomResourceDefinition of this kind has a YAML error in the input (reported there), so its schema is unknown' },
      ]);
    });
  }

  it('spares every kind when the broken CRD does not tell its group and kind', async () => {
    const files = [write('crd-names.yaml', crd('x', 'names: [\n')), write('widget.yaml', widget)];
    const result = await validate({ paths: files, cwd: dir, keepResources: true });
    const notes = result.diagnostics.filter((d) => d.range.file === 'widget.yaml').map(summary);
    expect(notes).toEqual([
      { file: 'widget.yaml', line: 2, column: 7, ruleId: 'schema/crd-unreadable', severity: 'info', message: 'not checked: a CustomResourceDefinition that may define this kind has a YAML error in the input (reported there), so its schema is unknown' },
    ]);
  });

  it('reads a CRD with \\\' in double quotes, and checks its custom resources against it', async () => {
    const files = [write('crd-quote.yaml', crd("\\'")), write('widget.yaml', widget)];
    const result = await validate({ paths: files, cwd: dir, keepResources: true });
    expect(result.diagnostics.map(summary)).toEqual([]);
  });
});
