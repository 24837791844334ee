import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { builtCli, repoRoot } from '../helpers/shared.js';

// `unshare -rn` (util-linux) runs a command in a new network namespace with only a down loopback
// interface: any DNS lookup or connection fails at once, so a run that needs the network differs.
const hasNetworkNamespace = spawnSync('unshare', ['-rn', 'true']).status === 0;

function run(args: string[], isolated: boolean) {
  const cli = [process.execPath, builtCli, ...args];
  const [file, argv] = isolated ? ['unshare', ['-rn', ...cli]] : [cli[0], cli.slice(1)];
  const result = spawnSync(file, argv, { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' }, timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe.skipIf(!hasNetworkNamespace)('without a network', () => {
  it.each([
    [['validate', 'fixtures/demo', '-f', 'json']],
    [['lint', 'fixtures/demo', '-f', 'json']],
    [['lint', 'fixtures/demo', '-f', 'sarif']],
  ])('drydock %j gives the same output as with one', (args) => {
    const isolated = run(args, true);
    expect(isolated.stderr).toBe('');
    expect(isolated).toEqual(run(args, false));
    expect(isolated.code).toBe(1);
  });
});
