import { describe, expect, it } from 'vitest';
import { planExitCode } from '../../src/cli/plan-command.js';

describe('plan exit codes', () => {
  const run = (hasErrors: boolean, hasInternalFailure: boolean, hasChanges: boolean, detailed: boolean) => planExitCode({ hasErrors, hasInternalFailure, hasChanges, detailed });

  it('without --detailed-exitcode: 0 planned, 1 manifest errors, 2 an internal failure', () => {
    expect(run(false, false, true, false)).toBe(0);
    expect(run(false, false, false, false)).toBe(0);
    expect(run(true, false, true, false)).toBe(1);
    expect(run(true, true, false, false)).toBe(2);
  });

  it("with it, terraform's: 0 no changes, 2 changes, 1 any failure", () => {
    expect(run(false, false, false, true)).toBe(0);
    expect(run(false, false, true, true)).toBe(2);
    expect(run(true, false, true, true)).toBe(1);
    expect(run(true, true, true, true)).toBe(1);
  });
});
