import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runMain } from '../helpers/run-main.js';
import { builtCli, repoRoot } from '../helpers/shared.js';

// `unshare -rn` (util-linux) runs a command in a new network namespace with only a down loopback
// interface: any DNS lookup or connection fails at once, so a run that needs the network differs.
const hasNetworkNamespace = spawnSync('unshare', ['-rn', 'true']).status === 0;

function runIsolated(args: string[]) {
  const result = spawnSync('unshare', ['-rn', process.execPath, builtCli, ...args], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' }, timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe.skipIf(!hasNetworkNamespace)('without a network', () => {
  it.each([
    [['validate', 'fixtures/demo', '-f', 'json']],
    [['lint', 'fixtures/demo', '-f', 'json']],
    [['lint', 'fixtures/demo', '-f', 'sarif']],
  ])('drydock %j gives the same output as with one', async (args) => {
    const isolated = runIsolated(args);
    expect(isolated.stderr).toBe('');
    // the run with a network needs no process of its own
    expect(isolated).toEqual(await runMain(args));
    expect(isolated.code).toBe(1);
  });
});
