// Bundles the CLI and the library into dist/ with esbuild. The bundle is committed, so that a
// plain checkout (pre-commit, `uses:` in a workflow) runs without an install-time build.
import { rmSync } from 'node:fs';
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

// chunk names carry content hashes: start clean so no stale chunk stays behind
rmSync('dist', { recursive: true, force: true });
const entries = process.argv.slice(2);
await build({
  ...common,
  entryPoints: entries.length ? entries : { cli: 'src/cli/main.ts', index: 'src/index.ts', 'validate-worker': 'src/validate-worker.ts', action: 'src/action/main.ts' },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
});
