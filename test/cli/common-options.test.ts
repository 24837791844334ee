import { describe, expect, it } from 'vitest';
import type { Command } from 'commander';
import type { CliIo } from '../../src/cli/io.js';
import { lintCommand } from '../../src/cli/lint-command.js';
import { planCommand } from '../../src/cli/plan-command.js';
import { validateCommand } from '../../src/cli/validate-command.js';

const io: CliIo = { cwd: '.', env: {}, stdout: () => {}, stderr: () => {}, readStdin: async () => '', isStdoutTty: false };
const optionsOf = (command: Command) => new Map(command.options.map((o) => [o.long, o.description]));

describe('the options validate, lint and plan share', () => {
  const validate = optionsOf(validateCommand(io, () => {}));
  const lint = optionsOf(lintCommand(io, () => {}));
  const plan = optionsOf(planCommand(io, () => {}));

  it('are the same options, worded the same, in every command that reads manifests', () => {
    for (const long of ['--kubernetes-version', '--config', '--root', '--schemas', '--format', '--no-color']) {
      expect(validate.get(long), long).toBeDefined();
      expect(lint.get(long), long).toBe(validate.get(long));
      if (long !== '--format') expect(plan.get(long), long).toBe(validate.get(long));
    }
    expect(plan.get('--namespace')).toBe(lint.get('--namespace'));
  });

  it('list each command\'s own formats and say what --output writes', () => {
    expect(validate.get('--format')).toBe('output format: stylish, json, github, markdown, sarif, junit');
    expect(plan.get('--format')).toBe('output format: text, json, markdown, diff');
    expect(lint.get('--output')).toBe('write the report to a file instead of stdout');
    expect(plan.get('--output')).toBe('write the plan to a file instead of stdout');
  });
});
