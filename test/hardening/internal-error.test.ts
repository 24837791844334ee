import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';
import { describeInternalError } from '../../src/run/index.js';

function failingIo(env: Record<string, string> = {}): CliIo & { err: string[] } {
  const err: string[] = [];
  return {
    err,
    cwd: process.cwd(),
    env,
    stdout: () => undefined,
    stderr: (text) => void err.push(text),
    // stands for any bug in our code: it throws something other than a DrydockError
    readStdin: () => Promise.reject(new TypeError('cannot read properties of undefined')),
    isStdoutTty: false,
  };
}

describe('an internal error is one line and exit 2, never a stack trace', () => {
  it('prints the error and the hint to rerun with DRYDOCK_DEBUG=1', async () => {
    const io = failingIo();
    expect(await main(['validate', '-'], io)).toBe(2);
    const text = io.err.join('');
    expect(text).toBe('drydock: internal error, please report it: TypeError: cannot read properties of undefined (rerun with DRYDOCK_DEBUG=1 to print the stack)\n');
  });

  it('prints the stack when DRYDOCK_DEBUG=1 asks for it', async () => {
    const io = failingIo({ DRYDOCK_DEBUG: '1' });
    expect(await main(['validate', '-'], io)).toBe(2);
    expect(io.err.join('')).toMatch(/^\s+at .+\d+:\d+\)?$/m);
  });

  it('keeps a many-line or huge message to one short line', () => {
    const line = describeInternalError(new Error(`first\nsecond ${'x'.repeat(10_000)}`), false);
    expect(line.split('\n')).toHaveLength(1);
    expect(line.length).toBeLessThan(400);
  });
});
