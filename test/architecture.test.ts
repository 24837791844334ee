import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/shared.js';

// Which folder may import which (reference/style.md §1, plus src/config for .drydock.yaml).
// Files directly in src/ (index.ts and the pipeline wiring it re-exports) may import anything.
const allowed: Record<string, string[]> = {
  'src/resources': [],
  'src/load': ['src/resources'],
  'src/config': ['src/resources'],
  'src/schema': ['src/resources'],
  'src/validate': ['src/resources', 'src/schema'],
  'src/lint': ['src/resources'],
  'src/plan': ['src/resources', 'src/schema'],
  'src/report': ['src/resources'],
  // wiring a run: it composes the stages, but is composed only by src/index.ts
  'src/run': ['src/resources', 'src/load', 'src/config', 'src/schema', 'src/validate', 'src/lint', 'src/plan', 'src/report', 'src/version.ts'],
  'src/cli': ['src/index.ts'],
  'src/action': ['src/index.ts'],
};

// rules/ may see only the rule API of the engine and the shared vocabulary
const ruleImports = new Set(['src/lint/rule-api.ts', 'src/resources/index.ts']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : full.endsWith('.ts') ? [full] : [];
  });
}

/** The top-level area of a repository path: `src/load`, or the file itself for files in src/. */
function areaOf(file: string): string {
  const relative = path.relative(repoRoot, file).split(path.sep);
  if (relative[0] !== 'src') return relative[0];
  return relative.length === 2 ? `src/${relative[1]}` : `src/${relative[1]}`;
}

const importPattern = /^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;

describe('architecture', () => {
  const files = sourceFiles(path.join(repoRoot, 'src'));
  const ruleFiles = sourceFiles(path.join(repoRoot, 'rules')).filter((f) => !f.endsWith('index.ts'));

  it('lets rules import only the rule API and src/resources', () => {
    const violations: string[] = [];
    for (const file of ruleFiles) {
      for (const match of readFileSync(file, 'utf8').matchAll(importPattern)) {
        const specifier = match[1] ?? match[2];
        if (!specifier.startsWith('.')) continue;
        const target = path.relative(repoRoot, path.resolve(path.dirname(file), specifier)).replace(/\.js$/, '.ts');
        if (!ruleImports.has(target)) violations.push(`${path.relative(repoRoot, file)} imports ${specifier}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('keeps every import inside the layering table', () => {
    const violations: string[] = [];
    for (const file of files) {
      const from = areaOf(file);
      const rules = allowed[from];
      if (!rules) continue;
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(importPattern)) {
        const specifier = match[1] ?? match[2];
        if (!specifier.startsWith('.')) continue;
        const target = path.resolve(path.dirname(file), specifier).replace(/\.js$/, '.ts');
        const to = areaOf(target);
        if (to === from) continue;
        const isType = /^\s*(import|export)\s+type\s/.test(match[0]);
        // the engine loads the rule registry lazily, never a rule file
        const isLazyRegistry = from === 'src/lint' && match[2] !== undefined && target.endsWith(path.join('rules', 'index.ts'));
        if (isLazyRegistry) continue;
        // the report folder may take types from the stages whose results it prints
        const isAllowedType = isType && from === 'src/report' && ['src/lint', 'src/validate', 'src/plan'].includes(to);
        if (!rules.includes(to) && !isAllowedType) violations.push(`${path.relative(repoRoot, file)} imports ${specifier}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('has no import cycles between folders', () => {
    const edges = new Map<string, Set<string>>();
    for (const file of files) {
      const from = areaOf(file);
      for (const match of readFileSync(file, 'utf8').matchAll(importPattern)) {
        const specifier = match[1] ?? match[2];
        if (!specifier.startsWith('.')) continue;
        const to = areaOf(path.resolve(path.dirname(file), specifier));
        if (to !== from) (edges.get(from) ?? edges.set(from, new Set()).get(from)!).add(to);
      }
    }
    const visiting = new Set<string>();
    const done = new Set<string>();
    const cycles: string[] = [];
    const visit = (node: string, trail: string[]) => {
      if (done.has(node)) return;
      if (visiting.has(node)) {
        cycles.push([...trail, node].join(' -> '));
        return;
      }
      visiting.add(node);
      for (const next of edges.get(node) ?? []) visit(next, [...trail, node]);
      visiting.delete(node);
      done.add(node);
    };
    for (const node of edges.keys()) visit(node, []);
    expect(cycles).toEqual([]);
  });
});
