import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';
import { junit } from '../../src/report/diagnostics/junit.js';
import { repoRoot, sharedDir } from '../helpers/shared.js';
import { formatFixture } from './format-fixture.js';

// Jenkins' junit-4.xsd, read in place; .ci/run installs xmllint (Debian's libxml2-utils) when missing
const xsd = path.join(sharedDir, 'schemas', 'junit-4.xsd');
const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;

/** xmllint's complaints about a report, once GitLab's `testcase@file` (the one extension kept) is set aside. */
function xsdErrors(xml: string): string[] {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'drydock-junit-')), 'report.xml');
  writeFileSync(file, xml.replace(/ file="[^"]*"/g, ''));
  const run = spawnSync('xmllint', ['--noout', '--schema', xsd, file], { encoding: 'utf8' });
  return run.status === 0 ? [] : run.stderr.split('\n').filter((line) => line.includes('error'));
}

describe.skipIf(!existsSync(xsd) || !hasXmllint)("--format junit against Jenkins' junit-4.xsd", () => {
  it('validates for the format fixture, skipped input and broken YAML included', () => {
    expect(xsdErrors(junit(formatFixture, { color: false }))).toEqual([]);
  });

  it('validates for the demo and the hostile fixtures, and for an empty run', async () => {
    const result = await lint({ paths: ['fixtures/demo', 'fixtures/hostile'], cwd: repoRoot });
    expect(xsdErrors(junit({ diagnostics: result.diagnostics, files: result.files, cwd: repoRoot }, { color: false }))).toEqual([]);
    expect(xsdErrors(junit({ diagnostics: [], files: [], cwd: repoRoot }, { color: false }))).toEqual([]);
  });
});
