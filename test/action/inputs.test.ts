import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getInput, readInputs } from '../../src/action/inputs.js';
import { appendSummary, setOutput } from '../../src/action/runner-files.js';
import { inertGroup, workflowCommand } from '../../src/action/workflow-commands.js';

describe('action inputs', () => {
  it('reads INPUT_<NAME> with hyphens kept, as the runner sets them', () => {
    expect(getInput({ 'INPUT_FAIL-ON': ' warning ' }, 'fail-on')).toBe('warning');
    expect(getInput({}, 'fail-on')).toBe('');
  });

  it('defaults to linting the whole workspace and failing on errors', () => {
    expect(readInputs({})).toEqual({ paths: ['.'], command: 'lint', failOn: 'error', annotations: true, prune: false });
  });

  it('takes paths separated by spaces or newlines, and every other input', () => {
    const env = {
      INPUT_PATHS: 'k8s/\ncharts/out  extra.yaml\n',
      INPUT_COMMAND: 'validate',
      'INPUT_KUBERNETES-VERSION': '1.30',
      INPUT_CONFIG: 'ci/.drydock.yaml',
      'INPUT_FAIL-ON': 'never',
      'INPUT_SARIF-FILE': 'drydock.sarif',
      INPUT_ANNOTATIONS: 'False',
      INPUT_BASE: 'origin/release',
      INPUT_PRUNE: 'true',
    };
    expect(readInputs(env)).toEqual({
      paths: ['k8s/', 'charts/out', 'extra.yaml'],
      command: 'validate',
      kubernetesVersion: '1.30',
      config: 'ci/.drydock.yaml',
      failOn: 'never',
      sarifFile: 'drydock.sarif',
      annotations: false,
      base: 'origin/release',
      prune: true,
    });
  });

  it('rejects values outside the lists', () => {
    expect(() => readInputs({ INPUT_COMMAND: 'apply' })).toThrow('input command must be one of lint, validate, plan, not "apply"');
    expect(() => readInputs({ 'INPUT_FAIL-ON': 'warnings' })).toThrow('input fail-on must be one of error, warning, never, not "warnings"');
    expect(() => readInputs({ INPUT_ANNOTATIONS: 'yes' })).toThrow('input annotations must be true or false, not "yes"');
  });
});

describe('runner files and commands', () => {
  it('writes outputs with the multi-line delimiter syntax and appends the summary', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'drydock-runner-'));
    const env = { GITHUB_OUTPUT: path.join(dir, 'output'), GITHUB_STEP_SUMMARY: path.join(dir, 'summary') };
    writeFileSync(env.GITHUB_OUTPUT, '');
    setOutput(env, 'error-count', '3');
    setOutput(env, 'note', 'two\nlines');
    appendSummary(env, '# one');
    appendSummary(env, '# two\n');
    expect(readFileSync(env.GITHUB_OUTPUT, 'utf8')).toMatch(
      /^error-count<<(ghadelimiter_[\w-]+)\n3\n\1\nnote<<(ghadelimiter_[\w-]+)\ntwo\nlines\n\2\n$/,
    );
    expect(readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8')).toBe('# one\n# two\n');
  });

  it('does nothing outside a runner', () => {
    expect(() => setOutput({}, 'a', 'b')).not.toThrow();
    expect(() => appendSummary({}, 'x')).not.toThrow();
  });

  it('escapes command data, and fences manifest text so it cannot issue commands', () => {
    expect(workflowCommand('error', '100%\ndone')).toBe('::error::100%25%0Adone\n');
    const group = inertGroup('report', '::error::injected\n');
    const token = /::stop-commands::(\w+)\n/.exec(group)?.[1];
    expect(token).toMatch(/^\w{32}$/);
    expect(group).toBe(`::group::report\n::stop-commands::${token}\n::error::injected\n::${token}::\n::endgroup::\n`);
  });
});
