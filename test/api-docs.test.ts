import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/shared.js';

/** The names src/index.ts exports, values and types, as the TypeScript checker sees them. */
function publicExports(): string[] {
  const entry = path.join(repoRoot, 'src/index.ts');
  const program = ts.createProgram([entry], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, noEmit: true, skipLibCheck: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  const symbol = source && checker.getSymbolAtLocation(source);
  if (!symbol) throw new Error('src/index.ts has no module symbol');
  return checker.getExportsOfModule(symbol).map((exported) => exported.getName()).sort();
}

describe('the published types', () => {
  it('are where package.json says: the declaration of src/index.ts that npm run build writes', () => {
    const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { types?: string; scripts: Record<string, string> };
    const config = JSON.parse(readFileSync(path.join(repoRoot, 'tsconfig.types.json'), 'utf8')) as { files: string[]; compilerOptions: { declarationDir: string } };
    expect(config.files).toEqual(['src/index.ts']);
    expect(manifest.types).toBe(`${config.compilerOptions.declarationDir}/src/index.d.ts`);
    expect(manifest.scripts.build).toContain('--types');
  });
});

describe('docs/api.md', () => {
  const names = publicExports();
  const docs = readFileSync(path.join(repoRoot, 'docs/api.md'), 'utf8');

  it('documents every export of src/index.ts', () => {
    expect(names).toEqual(expect.arrayContaining(['validate', 'lint', 'plan', 'Diagnostic']));
    // a name counts as documented when it appears as code: `name`, `name(…)` or `name<…>`
    const undocumented = names.filter((name) => !new RegExp(`\`${name}[\`(<:]`).test(docs));
    expect(undocumented).toEqual([]);
  });

  it('documents only what src/index.ts exports, in the table of exports', () => {
    const table = docs.split('\n').filter((line) => line.startsWith('| `'));
    // a row's first cell names exports; in "`lint` option `cluster`" only the part before "option"
    const firstCells = table.map((line) => (line.split(' | ')[0] ?? '').split(' option')[0] ?? '');
    const documented = firstCells.flatMap((cell) => [...cell.matchAll(/`([A-Za-z]+)[`(<]/g)].map((match) => match[1] ?? ''));
    expect(documented.length).toBeGreaterThan(10);
    expect(documented.filter((name) => !names.includes(name))).toEqual([]);
  });
});
