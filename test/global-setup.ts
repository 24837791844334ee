import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { builtDir, repoRoot } from './helpers/shared.js';

/**
 * Builds the current source once per test run into a folder of its own, so that tests which
 * spawn the CLI or the Action run the code being changed, never the committed `dist/` (which CI
 * only checks for staleness). The folder lies inside the repository so the bundle finds
 * `schemas/` by walking up, as it does from `dist/`.
 */
export default function setup(): () => void {
  execFileSync(process.execPath, [path.join(repoRoot, 'scripts/build.mjs'), '--outdir', path.join(builtDir, 'dist')], { cwd: repoRoot, stdio: 'inherit' });
  mkdirSync(path.join(builtDir, 'bin'), { recursive: true });
  writeFileSync(path.join(builtDir, 'bin', 'drydock.js'), "import { run } from '../dist/cli.js';\n\nawait run();\n");
  return () => rmSync(builtDir, { recursive: true, force: true });
}
