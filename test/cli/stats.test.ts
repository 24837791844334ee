import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';
import { repoRoot } from '../helpers/shared.js';

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { cwd: path.join(repoRoot, 'fixtures'), env: {}, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), readStdin: async () => '', isStdoutTty: false };
  return { code: await main(argv, io), stdout, stderr };
}

describe('--stats', () => {
  it.each(['validate', 'lint'])('%s says on stderr how many files it checked on how many threads, leaving the report alone', async (command) => {
    const plain = await run([command, 'demo', '-f', 'json']);
    const withStats = await run([command, 'demo', '-f', 'json', '--stats']);
    expect(withStats.code).toBe(plain.code);
    expect(withStats.stdout).toBe(plain.stdout);
    expect(withStats.stderr).toMatch(/^drydock: checked 6 files on 1 thread in \d+ ms\n$/);
  });

  it('counts one file in the singular', async () => {
    expect((await run(['validate', 'valid/app.yaml', '--stats'])).stderr).toMatch(/^drydock: checked 1 file on 1 thread in \d+ ms\n$/);
  });
});
