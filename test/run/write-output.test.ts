import { linkSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DrydockError } from '../../src/resources/index.js';
import { writeOutputFile } from '../../src/run/write-output.js';

const base = realpathSync(mkdtempSync(path.join(tmpdir(), 'drydock-output-')));
const root = path.join(base, 'repo');
mkdirSync(path.join(root, 'k8s'), { recursive: true });
afterAll(() => rmSync(base, { recursive: true, force: true }));

function refusal(file: string, inputs: string[] = []): DrydockError {
  try {
    writeOutputFile(file, 'REPORT', { cwd: root, root, inputs });
  } catch (error) {
    return error as DrydockError;
  }
  throw new Error(`${file} was written`);
}

describe('writing a report', () => {
  it('writes a new file and replaces an old report', () => {
    writeOutputFile('report.json', 'one', { cwd: root, root });
    writeOutputFile('report.json', 'two', { cwd: root, root });
    expect(readFileSync(path.join(root, 'report.json'), 'utf8')).toBe('two');
  });

  it('never writes through a link, wherever it points', () => {
    writeFileSync(path.join(base, 'victim'), 'precious');
    symlinkSync(path.join(base, 'victim'), path.join(root, 'results.sarif'));
    symlinkSync('.git-config-stand-in', path.join(root, 'dangling.sarif'));
    for (const file of ['results.sarif', 'dangling.sarif']) {
      const error = refusal(file);
      expect(error.code).toBe('output-unwritable');
      expect(error.message).toBe(`refusing to write ${file}: it is a link, and drydock never writes through one`);
    }
    expect(readFileSync(path.join(base, 'victim'), 'utf8')).toBe('precious');
    expect(() => readFileSync(path.join(root, '.git-config-stand-in'))).toThrow();
  });

  it('never writes over an input, by name, through a link or a hard link', () => {
    const input = path.join(root, 'k8s', 'app.yaml');
    writeFileSync(input, 'kind: Namespace\n');
    linkSync(input, path.join(root, 'hard.yaml'));
    expect(refusal('k8s/app.yaml', ['k8s/app.yaml']).message).toBe('refusing to write the report over the input file k8s/app.yaml');
    expect(refusal('hard.yaml', ['k8s/app.yaml']).code).toBe('output-unwritable');
    expect(readFileSync(input, 'utf8')).toBe('kind: Namespace\n');
  });

  it('does not leave the root through a linked folder, but writes where the command line says outside it', () => {
    mkdirSync(path.join(base, 'elsewhere'));
    symlinkSync(path.join(base, 'elsewhere'), path.join(root, 'reports'));
    expect(refusal('reports/out.json').message).toMatch(/its folder is a link that leads outside the root/);
    writeOutputFile(path.join(base, 'elsewhere', 'out.json'), 'ok', { cwd: root, root });
    expect(readFileSync(path.join(base, 'elsewhere', 'out.json'), 'utf8')).toBe('ok');
  });

  it('refuses a target that is not a regular file, or whose folder is missing', () => {
    expect(refusal('k8s').message).toMatch(/not a regular file/);
    expect(refusal('missing/out.json').message).toMatch(/its folder does not exist/);
  });

  it('writes to /dev/null, which no checkout can plant (found by `npm run bench`, which writes there)', () => {
    expect(() => writeOutputFile('/dev/null', 'REPORT', { cwd: root, root })).not.toThrow();
  });
});
