import { beforeAll, describe, expect, it } from 'vitest';
import { loadMarkdownReader, loadText } from '../../src/load/index.js';
import { firstItems } from '../helpers/item-at.js';

// the synchronous loadText reads Markdown once the parser is loaded (load/index.ts installs nothing)
beforeAll(() => loadMarkdownReader());

describe('Markdown input', () => {
  it('loads yaml code blocks with positions in the .md file', () => {
    const md = '# Notes\n\nSome text.\n\n```yaml\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\n```\n\n```bash\nkubectl apply -f x\n```\n';
    const [resource] = firstItems(loadText(md, 'notes.md').resources, 1);
    expect(resource.kind).toBe('Service');
    expect(resource.rangeOf(['metadata', 'name']).start).toEqual({ line: 9, column: 9 });
  });

  it('accepts yaml:filename and title= info strings, and yml', () => {
    const md = '```yaml:k8s.yaml\napiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n```\n\n```yaml title="ns.yaml"\napiVersion: v1\nkind: Namespace\nmetadata: {name: b}\n```\n\n```yml\napiVersion: v1\nkind: Namespace\nmetadata: {name: c}\n```\n';
    expect(loadText(md, 'n.md').resources.map((r) => r.name)).toEqual(['a', 'b', 'c']);
  });

  it('maps blocks inside block quotes and lists to the right columns', () => {
    const md = '> quoted\n> ```yml\n> apiVersion: v1\n> kind: Namespace\n> metadata:\n>   name: q\n> ```\n\n- item\n\n  ```yaml\n  apiVersion: v1\n  kind: Namespace\n  metadata: {name: l}\n  ```\n';
    const [quoted, listed] = firstItems(loadText(md, 'q.md').resources, 2);
    expect(quoted.rangeOf(['metadata', 'name']).start).toEqual({ line: 6, column: 11 });
    expect(listed.rangeOf(['kind']).start).toEqual({ line: 13, column: 9 });
  });

  it('reports YAML errors inside a block at the .md line', () => {
    const md = 'text\n\n```yaml\napiVersion: v1\nkind: ConfigMap\nkind: Secret\n```\n';
    const { diagnostics } = loadText(md, 'x.md');
    expect(diagnostics[0]).toMatchObject({ ruleId: 'yaml/duplicate-key', range: { file: 'x.md', start: { line: 6, column: 1 } } });
  });

  it('maps an indented code block from its first line, which has no fence above it', () => {
    const md = 'Notes\n\n    apiVersion: v1\n    kind: ConfigMap\n    metadata:\n      name: c\n';
    const [resource] = firstItems(loadText(md, 'i.md').resources, 1);
    expect(resource.rangeOf(['metadata', 'name']).start).toEqual({ line: 6, column: 13 });
  });

  it('counts only \\n as a line break, as every other position does, when a lone \\r is in the text', () => {
    const md = 'Notes\rmore notes\n\n```yaml\napiVersion: v1\nkind: Namespace\nmetadata:\r  name: x\n```\n';
    const [resource] = firstItems(loadText(md, 'cr.md').resources, 1);
    expect(resource.rangeOf(['kind']).start).toEqual({ line: 5, column: 7 });
  });

  it('maps blocks right in a text that starts with a byte-order mark', () => {
    const md = '\ufeffNotes\n\n    apiVersion: v1\n    kind: Namespace\n    metadata: {name: b}\n';
    const [resource] = firstItems(loadText(md, 'bom.md').resources, 1);
    expect(resource.rangeOf(['kind']).start).toEqual({ line: 4, column: 11 });
  });
});

describe('large Markdown', () => {
  it('is noted and skipped quickly instead of parsed for seconds (found by the fuzzer)', () => {
    const started = Date.now();
    const text = `# notes\n\n${'['.repeat(5000)}\n`.repeat(1000);
    const { diagnostics } = loadText(text, 'huge.md');
    expect(Date.now() - started).toBeLessThan(1000);
    expect(diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([['yaml/too-large', 'info']]);
  });
});

describe('deeply nested Markdown', () => {
  it('is scanned without exhausting the stack (found by the fuzzer)', () => {
    const text = `${'> '.repeat(8000)}text\n\n\`\`\`yaml\napiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n\`\`\`\n`;
    const { resources, diagnostics } = loadText(text, 'deep.md');
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(resources.map((r) => r.name)).toEqual(['a']);
  });
});

describe('Markdown with an enormous line', () => {
  it('is noted and skipped instead of parsed for half a minute (found by the fuzzer)', () => {
    const started = Date.now();
    const text = `# notes\n\ndeep: ${'['.repeat(1000)}${'a: '.repeat(300_000)}${']'.repeat(1000)}\n`;
    const { diagnostics } = loadText(text, 'line.md');
    expect(Date.now() - started).toBeLessThan(1000);
    expect(diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([['yaml/too-large', 'info']]);
  });
});
