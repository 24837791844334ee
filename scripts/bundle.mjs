// The bundle of the CLI, the library, the worker and the Action, in memory. Chunk names carry a
// hash of the modules a chunk holds, not of its text: a change inside a rule rewrites the chunk
// holding that rule and nothing else, where content hashes renamed every chunk importing it.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { build } from 'esbuild';

export const entryPoints = { cli: 'src/cli/main.ts', index: 'src/index.ts', 'validate-worker': 'src/run/validate-worker.ts', action: 'src/action/main.ts' };

/**
 * Bundles `entries` (default: the four entry points) for `outdir` and returns the files as
 * `{ path relative to outdir: text }`, in a stable order. `plugins` are esbuild plugins (a test
 * swaps a source file's text with one).
 */
export async function bundle({ outdir, entries = entryPoints, plugins = [], absWorkingDir = process.cwd() }) {
  const result = await build({
    absWorkingDir,
    entryPoints: entries,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'warning',
    // CommonJS dependencies (js-yaml, ajv) call require() for Node built-ins
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    mainFields: ['module', 'main'],
    outdir,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    write: false,
    metafile: true,
    plugins,
  });
  const absoluteOut = path.resolve(absWorkingDir, outdir);
  const relative = (file) => path.relative(absoluteOut, file).split(path.sep).join('/');
  // esbuild's name of each chunk → a name from the chunk's [name] and the modules it holds
  const renames = new Map();
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    const name = relative(path.resolve(absWorkingDir, file));
    if (!name.startsWith('chunks/')) continue;
    // a chunk that only re-exports (the target of an import() whose code went to shared chunks)
    // holds no module: its entry point names it
    const modules = [output.entryPoint ?? '', ...Object.keys(output.inputs).sort()].join('\n');
    const stable = createHash('sha256').update(modules).digest('hex').slice(0, 8).toUpperCase();
    const base = path.posix.basename(name);
    renames.set(base, base.replace(/-[A-Z0-9]+\.js$/, `-${stable}.js`));
  }
  const pattern = renames.size > 0 ? new RegExp([...renames.keys()].map((base) => base.replace(/[.]/g, '\\.')).join('|'), 'g') : undefined;
  const files = {};
  for (const file of [...result.outputFiles].sort((a, b) => a.path.localeCompare(b.path))) {
    const name = relative(file.path);
    const renamed = name.startsWith('chunks/') ? `chunks/${renames.get(path.posix.basename(name))}` : name;
    files[renamed] = pattern ? file.text.replace(pattern, (base) => renames.get(base)) : file.text;
  }
  if (new Set(renames.values()).size !== renames.size) throw new Error('two chunks hold the same modules');
  return files;
}
