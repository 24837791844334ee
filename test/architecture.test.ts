import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/shared.js';

// Which area may import which (reference/style.md §1). An area is a folder of src/ (src/load), a
// file at the top of src/ (src/index.ts), or rules/. Every area is listed: a new one fails the
// test until it is placed here.
const layers: Record<string, string[]> = {
  'src/resources': [],
  'src/load': ['src/resources'],
  'src/config': ['src/resources'],
  'src/schema': ['src/resources'],
  'src/validate': ['src/resources', 'src/schema'],
  // the engine loads the rule registry lazily (checked below), never a rule file
  'src/lint': ['src/resources', 'rules'],
  // only the rule API of the engine (checked below) and the shared vocabulary
  rules: ['src/lint', 'src/resources'],
  'src/plan': ['src/resources', 'src/schema'],
  'src/report': ['src/resources'],
  // wiring a run: it composes the stages, for src/index.ts, the CLI and the Action
  'src/run': ['src/resources', 'src/load', 'src/config', 'src/schema', 'src/validate', 'src/lint', 'src/plan', 'src/report', 'src/version.ts'],
  'src/index.ts': ['src/resources', 'src/config', 'src/lint', 'src/plan', 'src/report', 'src/run', 'src/version.ts'],
  'src/version.ts': [],
  'src/cli': ['src/index.ts', 'src/run'],
  'src/action': ['src/index.ts', 'src/run'],
};

// the report folder may take types (never code) from the stages whose results it prints
const typeOnlyLayers: Record<string, string[]> = { 'src/report': ['src/lint', 'src/validate', 'src/plan'] };

// entry points: the bundle starts there and nothing imports them, so they need no front door
const entryFolders = new Set(['src/cli', 'src/action']);

interface Edge {
  from: string;
  to: string;
  specifier: string;
  typeOnly: boolean;
  lazy: boolean;
}

const toRepoPath = (absolute: string) => path.relative(repoRoot, absolute).split(path.sep).join('/');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : full.endsWith('.ts') ? [toRepoPath(full)] : [];
  });
}

function isTypeOnlyImport(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (!clause) return false;
  if (clause.isTypeOnly) return true;
  const bindings = clause.namedBindings;
  return clause.name === undefined && bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((element) => element.isTypeOnly);
}

/** Every relative import of a file, static or `import()`, read by the TypeScript parser. */
function importsOf(file: string): Edge[] {
  const text = readFileSync(path.join(repoRoot, file), 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: Array<{ specifier: string; typeOnly: boolean; lazy: boolean }> = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: isTypeOnlyImport(node), lazy: false });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: node.isTypeOnly, lazy: false });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      // an import() of a computed name would escape this test: there must be none
      found.push({ specifier: argument && ts.isStringLiteral(argument) ? argument.text : '<computed>', typeOnly: false, lazy: true });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push({ specifier: node.argument.literal.text, typeOnly: true, lazy: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found
    .filter(({ specifier }) => !isPackage(specifier))
    .map(({ specifier, typeOnly, lazy }) => ({ from: file, to: resolveSpecifier(file, specifier), specifier, typeOnly, lazy }));
}

const isPackage = (specifier: string) => !specifier.startsWith('.') && specifier !== '<computed>';

/** The repository path an import names: `./x.js` is the TypeScript file `./x.ts`. */
function resolveSpecifier(file: string, specifier: string): string {
  if (specifier === '<computed>') return specifier;
  return toRepoPath(path.resolve(repoRoot, path.dirname(file), specifier)).replace(/\.js$/, '.ts');
}

/** The area of a repository path (see `layers`). */
function areaOf(file: string): string {
  const parts = file.split('/');
  if (parts[0] === 'rules') return 'rules';
  return parts.length === 2 ? file : `${parts[0]}/${parts[1]}`;
}

/**
 * Where `target` must be entered from `file`: the index.ts of the first folder on the way down
 * to it from their common folder, or `undefined` when the target lies in a folder that holds
 * `file` (a file may use its own folder's and its parents' files). src/ and the repository root
 * are not front doors: their areas are.
 */
function frontDoorFor(file: string, target: string): string | undefined {
  const fromDirs = path.posix.dirname(file).split('/');
  const toDirs = path.posix.dirname(target).split('/');
  let common = 0;
  while (common < fromDirs.length && common < toDirs.length && fromDirs[common] === toDirs[common]) common += 1;
  if (common === toDirs.length) return undefined;
  // below the repository root, and below src/, the first folder down is an area
  const depth = toDirs[0] === 'src' ? Math.max(common, 1) : common;
  return [...toDirs.slice(0, depth + 1), 'index.ts'].join('/');
}

const files = [...sourceFiles(path.join(repoRoot, 'src')), ...sourceFiles(path.join(repoRoot, 'rules'))];
const edges = files.flatMap(importsOf);

/** Strongly connected components of more than one file (or a file importing itself): cycles. */
function cyclesOf(nodes: string[], next: (node: string) => string[]): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const connect = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const to of next(node)) {
      if (!index.has(to)) {
        connect(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (onStack.has(to)) {
        low.set(node, Math.min(low.get(node)!, index.get(to)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || next(node).includes(node)) cycles.push(component.sort());
  };
  for (const node of nodes) if (!index.has(node)) connect(node);
  return cycles;
}

describe('architecture', () => {
  it('reads the imports it checks: every relative import names a source file', () => {
    const unresolved = edges.filter((edge) => !existsSync(path.join(repoRoot, edge.to))).map((edge) => `${edge.from} imports ${edge.specifier}`);
    expect(edges.length).toBeGreaterThan(files.length);
    expect(unresolved).toEqual([]);
  });

  it('places every file of src/ and rules/ in an area of the layering table', () => {
    expect(files.map(areaOf).filter((area) => !Object.hasOwn(layers, area))).toEqual([]);
  });

  it('keeps every import between areas inside the layering table', () => {
    const violations = edges
      .filter((edge) => areaOf(edge.from) !== areaOf(edge.to))
      .filter((edge) => {
        const from = areaOf(edge.from);
        const to = areaOf(edge.to);
        return !layers[from]?.includes(to) && !(edge.typeOnly && typeOnlyLayers[from]?.includes(to));
      })
      .map((edge) => `${edge.from} imports ${edge.specifier}`);
    expect(violations).toEqual([]);
  });

  it('lets rules import only the rule API and src/resources', () => {
    const violations = edges
      .filter((edge) => areaOf(edge.from) === 'rules' && areaOf(edge.to) !== 'rules')
      .filter((edge) => !['src/lint/rule-api.ts', 'src/resources/index.ts'].includes(edge.to))
      .map((edge) => `${edge.from} imports ${edge.specifier}`);
    expect(violations).toEqual([]);
  });

  it('lets the engine reach the rules only through a lazy import of the registry', () => {
    const violations = edges
      .filter((edge) => areaOf(edge.from) === 'src/lint' && areaOf(edge.to) === 'rules')
      .filter((edge) => !(edge.lazy && edge.to === 'rules/index.ts'))
      .map((edge) => `${edge.from} imports ${edge.specifier}`);
    expect(violations).toEqual([]);
  });

  it('enters another folder only through its index.ts', () => {
    // the folder's own, or that of a folder inside it with a front door of its own (a part that
    // only some callers load, such as src/resources/go-regexp or src/load/kustomize)
    const isDoorInside = (door: string, target: string) => path.posix.basename(target) === 'index.ts' && target.startsWith(path.posix.dirname(door) + '/');
    const violations = edges
      .filter((edge) => {
        const door = frontDoorFor(edge.from, edge.to);
        return door !== undefined && !isDoorInside(door, edge.to) && edge.to !== 'src/lint/rule-api.ts';
      })
      .map((edge) => `${edge.from} imports ${edge.specifier} (enter through ${frontDoorFor(edge.from, edge.to)})`);
    expect(violations).toEqual([]);
  });

  it('gives every folder of src/ a front door, but the entry points', () => {
    const folders = [...new Set(files.filter((file) => file.startsWith('src/')).map((file) => path.posix.dirname(file)))];
    const missing = folders.filter((folder) => folder !== 'src' && !entryFolders.has(areaOf(`${folder}/x.ts`)) && !existsSync(path.join(repoRoot, folder, 'index.ts')));
    expect(missing).toEqual([]);
  });

  it('has no import cycles between files, type-only imports included', () => {
    const next = (file: string) => edges.filter((edge) => edge.from === file).map((edge) => edge.to);
    expect(cyclesOf(files, next)).toEqual([]);
  });

  it('has no import cycles between areas, but the engine loading the rules it runs', () => {
    const areas = Object.keys(layers);
    const isRegistryLoad = (edge: Edge) => areaOf(edge.from) === 'src/lint' && edge.lazy && edge.to === 'rules/index.ts';
    const between = edges.filter((edge) => areaOf(edge.from) !== areaOf(edge.to) && !isRegistryLoad(edge));
    const next = (area: string) => [...new Set(between.filter((edge) => areaOf(edge.from) === area).map((edge) => areaOf(edge.to)))];
    expect(cyclesOf(areas, next)).toEqual([]);
  });

  it('finds what it forbids', () => {
    // the checks above on made-up files: a deep reach, a cycle, an edge outside the table
    expect(frontDoorFor('src/report/plan/plan-text.ts', 'src/plan/rollout/rollout.ts')).toBe('src/plan/index.ts');
    expect(frontDoorFor('src/plan/diff/make-plan.ts', 'src/plan/plan.ts')).toBeUndefined();
    expect(frontDoorFor('src/plan/simulate-plan.ts', 'src/plan/pods/expand.ts')).toBe('src/plan/pods/index.ts');
    expect(frontDoorFor('rules/latest-tag.ts', 'src/resources/quantity.ts')).toBe('src/resources/index.ts');
    expect(frontDoorFor('src/index.ts', 'src/run/run-lint.ts')).toBe('src/run/index.ts');
    expect(cyclesOf(['a', 'b', 'c'], (node) => ({ a: ['b'], b: ['a'], c: ['c'] })[node] ?? [])).toEqual([['a', 'b'], ['c']]);
    expect(resolveSpecifier('src/plan/plan.ts', './simulate-plan.js')).toBe('src/plan/simulate-plan.ts');
    expect(areaOf('src/version.ts')).toBe('src/version.ts');
    expect(layers['src/report']).not.toContain('src/plan');
  });
});
