// Bundles the CLI and the library into dist/ with esbuild. The bundle is committed, so that a
// plain checkout (pre-commit, `uses:` in a workflow) runs without an install-time build.
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const common = {
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
};

// `--outdir <dir>` builds elsewhere (the test suite builds the current source into a folder of its own)
const { values: args, positionals: entries } = parseArgs({ options: { outdir: { type: 'string', default: 'dist' } }, allowPositionals: true });

// chunk names carry content hashes: start clean so no stale chunk stays behind
rmSync(args.outdir, { recursive: true, force: true });
await build({
  ...common,
  entryPoints: entries.length ? entries : { cli: 'src/cli/main.ts', index: 'src/index.ts', 'validate-worker': 'src/run/validate-worker.ts', action: 'src/action/main.ts' },
  outdir: args.outdir,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
});
