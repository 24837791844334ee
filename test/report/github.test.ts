import { describe, expect, it } from 'vitest';
import { diagnosticFormats, type Diagnostic } from '../../src/index.js';
import { formatFixture, secretValue, secretValueBase64 } from './format-fixture.js';

const github = (diagnostics: Diagnostic[], cwd = '/repo') =>
  diagnosticFormats.github({ diagnostics, files: [], cwd }, { color: false });

const pod = (overrides: Partial<Diagnostic>): Diagnostic => ({
  ruleId: 'schema',
  severity: 'error',
  message: 'bad',
  range: { file: 'pod.yaml', start: { line: 3, column: 5 }, end: { line: 3, column: 9 } },
  ...overrides,
});

describe('github format', () => {
  it('writes one workflow command per diagnostic (golden)', async () => {
    await expect(diagnosticFormats.github(formatFixture, { color: false })).toMatchFileSnapshot('../fixtures/report/format-fixture.github.txt');
  });

  it('never prints the value of a Secret', () => {
    const out = diagnosticFormats.github(formatFixture, { color: false });
    expect(out).not.toContain(secretValue);
    expect(out).not.toContain(secretValueBase64);
  });

  it('maps error, warning and info to ::error, ::warning and ::notice', () => {
    const out = github([pod({ severity: 'error' }), pod({ severity: 'warning' }), pod({ severity: 'info' })]);
    expect(out.split('\n').filter(Boolean).map((line) => line.split(' ')[0])).toEqual(['::error', '::warning', '::notice']);
  });

  it('escapes %, CR and LF in the message, in that order', () => {
    expect(github([pod({ message: 'Bad: 100% wrong\r\nsecond %0A line' })])).toBe(
      '::error file=pod.yaml,line=3,col=5,endLine=3,endColumn=9,title=schema::Bad: 100%25 wrong%0D%0Asecond %250A line\n',
    );
  });

  it('escapes : and , (and %, CR, LF) in file names and titles', () => {
    const diagnostic = pod({
      ruleId: 'kind: Pod, bad',
      range: { file: 'k8s/a,b:c%\n.yaml', start: { line: 3, column: 5 }, end: { line: 3, column: 9 } },
    });
    expect(github([diagnostic])).toBe(
      '::error file=k8s/a%2Cb%3Ac%25%0A.yaml,line=3,col=5,endLine=3,endColumn=9,title=kind%3A Pod%2C bad::bad\n',
    );
  });

  it('marks a multi-line span by its lines alone, as the runner drops columns there', () => {
    const out = github([pod({ range: { file: 'pod.yaml', start: { line: 3, column: 5 }, end: { line: 6, column: 1 } } })]);
    expect(out).toBe('::error file=pod.yaml,line=3,endLine=6,title=schema::bad\n');
  });

  it('writes paths relative to the repository root with /, and no file for standard input', () => {
    const inside = pod({ range: { file: '/repo/deploy/pod.yaml', start: { line: 1, column: 1 }, end: { line: 1, column: 2 } } });
    const stdin = pod({ range: { file: '<stdin>', start: { line: 1, column: 1 }, end: { line: 1, column: 2 } } });
    expect(github([inside, stdin])).toBe(
      '::error file=deploy/pod.yaml,line=1,col=1,endLine=1,endColumn=2,title=schema::bad\n' +
        '::error line=1,col=1,endLine=1,endColumn=2,title=schema::bad\n',
    );
  });

  it('writes nothing when there is nothing to report', () => {
    expect(github([])).toBe('');
  });
});
