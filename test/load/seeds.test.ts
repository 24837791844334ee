import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatOf, loadMarkdownReader, loadText } from '../../src/load/index.js';
import { hasSeeds, seedsDir } from '../helpers/shared.js';
import { itemAt } from '../helpers/item-at.js';

// the synchronous loadText reads Markdown once the parser is loaded (load/index.ts installs nothing)
beforeAll(() => loadMarkdownReader());

// The notes this project started from: Markdown with YAML blocks, saved as .txt.
describe.skipIf(!hasSeeds)('the seed notes', () => {
  const seeds = hasSeeds ? readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort() : [];
  const load = (name: string) => loadText(readFileSync(path.join(seedsDir, name), 'utf8'), name);

  it('are read as Markdown', () => {
    for (const seed of seeds) expect(formatOf(seed, readFileSync(path.join(seedsDir, seed), 'utf8'))).toBe('markdown');
  });

  it("report seed 000's kind config, whose nodes mapping repeats role, as duplicate keys", () => {
    const { resources, diagnostics } = load(seeds.find((s) => s.startsWith('000_'))!);
    expect(resources).toEqual([]);
    expect(diagnostics.map((d) => [d.ruleId, d.range.start.line, d.range.start.column])).toEqual([
      ['yaml/duplicate-key', 21, 3],
      ['yaml/duplicate-key', 22, 3],
      ['input/not-a-manifest', 17, 1],
    ]);
    expect(itemAt(diagnostics, 0).message).toContain('"role"');
  });

  it('read the manifests of seed 003, positions in the .txt file, without YAML problems', () => {
    const { resources, diagnostics } = load(seeds.find((s) => s.startsWith('003_'))!);
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(resources.length).toBeGreaterThanOrEqual(10);
    const deployment = resources.find((r) => r.kind === 'Deployment' && r.name === 'bootcamp')!;
    expect(deployment.rangeOf(['spec', 'replicas']).start).toEqual({ line: 227, column: 13 });
  });

  it('give no YAML problems in the notes without manifests', () => {
    for (const prefix of ['001_', '002_', '004_']) {
      const { diagnostics } = load(seeds.find((s) => s.startsWith(prefix))!);
      expect(diagnostics).toEqual([]);
    }
  });
});

describe('formatOf for files named on the command line', () => {
  it.each([
    ['a.yaml', '## not markdown here', 'yaml'],
    ['a.json', '{}', 'json'],
    ['notes.md', 'apiVersion: v1', 'markdown'],
    ['manifest.txt', 'apiVersion: v1\nkind: Pod\n', 'yaml'],
    ['manifest.txt', '# a comment\napiVersion: v1\nkind: Pod\n', 'yaml'],
    ['manifest', '{"apiVersion": "v1"}', 'json'],
    ['notes.txt', '## Heading\n\n- item\n', 'markdown'],
    ['notes.txt', '---\ntitle: front matter\n---\n\n```yaml\nkind: Pod\n```\n', 'markdown'],
  ])('%s starting %j is %s', (file, text, format) => {
    expect(formatOf(file, text)).toBe(format);
  });
});
