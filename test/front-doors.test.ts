import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { build, type Metafile } from 'esbuild';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/shared.js';

// The heavy libraries a folder's index.ts must not load just by being imported: the CRD schema
// compiler, CEL, and the Markdown parser load when a run needs them (DESIGN.md, "Schemas").
const heavyLibraries = /node_modules\/(ajv|ajv-formats|@marcbachmann\/cel-js|mdast-util-from-markdown|micromark[^/]*)\//;

// the one folder that is those libraries' user: load-schema-validator.ts imports it only for a
// run whose input has a CRD
const libraryUsers = new Set(['src/schema/crd/index.ts']);

function indexFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return indexFiles(full);
    return name === 'index.ts' ? [path.relative(repoRoot, full).split(path.sep).join('/')] : [];
  });
}

/** The input modules an entry loads on import: its output and the chunks it imports statically. */
function loadedOnImport(metafile: Metafile, entry: string): string[] {
  const outputs = Object.entries(metafile.outputs);
  const [start] = outputs.find(([, output]) => output.entryPoint === entry) ?? [];
  if (start === undefined) throw new Error(`no output for ${entry}`);
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const imported of metafile.outputs[file]?.imports ?? []) if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
  };
  visit(start);
  return [...seen].flatMap((file) => Object.keys(metafile.outputs[file]?.inputs ?? {}));
}

describe('front doors', () => {
  const indexes = indexFiles(path.join(repoRoot, 'src'));
  let metafile: Metafile;

  beforeAll(async () => {
    // the same bundling as scripts/build.mjs, in memory: one entry per front door
    const result = await build({
      absWorkingDir: repoRoot,
      entryPoints: [...indexes, 'src/cli/main.ts'],
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      mainFields: ['module', 'main'],
      outdir: 'front-doors',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    metafile = result.metafile;
  });

  it('finds every front door, and what a lazy load brings', () => {
    expect(indexes).toEqual(expect.arrayContaining(['src/index.ts', 'src/schema/index.ts', 'src/load/index.ts', 'src/run/index.ts']));
    // the check below sees these libraries when they are loaded statically
    const everything = Object.keys(metafile.inputs);
    expect(everything.some((input) => /node_modules\/ajv\//.test(input))).toBe(true);
    expect(everything.some((input) => /node_modules\/@marcbachmann\/cel-js\//.test(input))).toBe(true);
    expect(everything.some((input) => /node_modules\/mdast-util-from-markdown\//.test(input))).toBe(true);
  });

  it('loads neither ajv, CEL nor the Markdown parser when a folder is imported', () => {
    const loaded = indexes
      .filter((entry) => !libraryUsers.has(entry))
      .flatMap((entry) => loadedOnImport(metafile, entry).flatMap((input) => heavyLibraries.exec(input)?.slice(1, 2).map((library) => `${entry} loads ${library}`) ?? []));
    expect([...new Set(loaded)]).toEqual([]);
    // and the check does see them where they are loaded
    expect(loadedOnImport(metafile, 'src/schema/crd/index.ts').some((input) => heavyLibraries.test(input))).toBe(true);
  });

  it('starts the CLI without the manifest parser, the file walk or the schema compilers', () => {
    // they load with the command that needs them, so `drydock --help` and `drydock rules` stay fast
    const startUp = /node_modules\/(js-yaml|picomatch|ajv|@marcbachmann\/cel-js|mdast-util-from-markdown)\//;
    const loaded = loadedOnImport(metafile, 'src/cli/main.ts');
    expect(loaded.some((input) => input.startsWith('src/cli/'))).toBe(true);
    expect([...new Set(loaded.flatMap((input) => startUp.exec(input)?.slice(1, 2) ?? []))]).toEqual([]);
  });

  it('has no statement that runs on import in any index.ts', () => {
    const runs = indexes.flatMap((file) => {
      const source = ts.createSourceFile(file, readFileSync(path.join(repoRoot, file), 'utf8'), ts.ScriptTarget.Latest, true);
      return source.statements.filter((statement) => ts.isExpressionStatement(statement)).map((statement) => `${file}: ${statement.getText(source)}`);
    });
    expect(runs).toEqual([]);
  });
});
