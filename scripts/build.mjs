// Bundles the CLI and the library into dist/ with esbuild (scripts/bundle.mjs). The bundle is
// committed, so that a plain checkout (pre-commit, `uses:` in a workflow) runs without an
// install-time build.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { bundle, entryPoints } from './bundle.mjs';

// `--outdir <dir>` builds elsewhere (the test suite builds the current source into a folder of its
// own); `--types` also writes the library's declarations into <outdir>/types (`npm run build`)
const { values: args, positionals: entries } = parseArgs({
  options: { outdir: { type: 'string', default: 'dist' }, types: { type: 'boolean', default: false } },
  allowPositionals: true,
});

const files = await bundle({ outdir: args.outdir, entries: entries.length ? entries : entryPoints });
// start clean, so that no chunk of an earlier build stays behind (the declarations are tsc's)
for (const name of ['chunks', ...Object.keys(files).filter((file) => !file.includes('/'))]) rmSync(path.join(args.outdir, name), { recursive: true, force: true });
for (const [name, text] of Object.entries(files)) {
  const file = path.join(args.outdir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

if (args.types) {
  // tsc writes one .d.ts per module reachable from src/index.ts (tsconfig.types.json); start
  // clean so that the declarations of a removed module go too
  const typesDir = path.join(args.outdir, 'types');
  rmSync(typesDir, { recursive: true, force: true });
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.types.json', '--declarationDir', typesDir], { stdio: 'inherit' });
}
