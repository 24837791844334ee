import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from './helpers/shared.js';

/**
 * Builds the current source once per test run into a folder of its own, so that tests which
 * spawn the CLI or the Action run the code being changed, never the committed `dist/` (which CI
 * only checks for staleness). The folder lies inside the repository, so the bundle finds
 * `schemas/` by walking up as it does from `dist/`, and is named for this run, so that two runs
 * at once never share (or remove) each other's build. Test workers find it through the
 * environment they inherit, as they do the run's own temporary folder.
 */
export default function setup(): () => void {
  const parent = path.join(repoRoot, '.test-build');
  const dir = path.join(parent, String(process.pid));
  execFileSync(process.execPath, [path.join(repoRoot, 'scripts/build.mjs'), '--outdir', path.join(dir, 'dist')], { cwd: repoRoot, stdio: 'inherit' });
  mkdirSync(path.join(dir, 'bin'), { recursive: true });
  writeFileSync(path.join(dir, 'bin', 'drydock.js'), "import { run } from '../dist/cli.js';\n\nawait run();\n");
  process.env.DRYDOCK_TEST_BUILD = dir;
  // every temporary folder of the run (the tests' own and the spawned CLI's) goes in one folder,
  // removed when the run ends, whether or not a test cleaned up after itself
  const temp = mkdtempSync(path.join(tmpdir(), 'drydock-tests-'));
  process.env.TMPDIR = temp;
  return () => {
    rmSync(temp, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
    try {
      rmdirSync(parent);
    } catch {
      // another run's build is still there
    }
  };
}
