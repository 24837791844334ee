import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';

const dir = mkdtempSync(path.join(tmpdir(), 'drydock-usage-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const io: CliIo = { cwd: dir, env: {}, stdout: () => {}, stderr: (text) => (stderr += text), readStdin: async () => '', isStdoutTty: false };
  return { code: await main(argv, io), stderr };
}

describe('usage errors on stderr', () => {
  it('show a file name from the input on one line, with no workflow command and no ESC', async () => {
    const { code, stderr } = await run(['validate', '--config', 'x\n::error::pwned\u001b[2J\r##[warning]y.yaml']);
    expect(code).toBe(2);
    expect(stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(stderr).toMatch(/^drydock: config file not found: x\\n::error::pwned\\x1b\[2J\\r#\\x23\[warning\]y\.yaml\n$/);
  });
});
