import { describe, expect, it } from 'vitest';
import { diagnosticFormats } from '../../src/report/index.js';
import { formatFixture, secretValue, secretValueBase64 } from './format-fixture.js';

// golden files: `UPDATE_GOLDEN=1 npx vitest run test/report` (or vitest's -u) rewrites them; review the diff
describe('stylish (golden)', () => {
  it('groups findings by file with aligned columns and a summary', async () => {
    await expect(diagnosticFormats.stylish(formatFixture, { color: false })).toMatchFileSnapshot('../fixtures/report/format-fixture.stylish.txt');
  });

  it('colours severities and dims positions on a terminal', async () => {
    await expect(diagnosticFormats.stylish(formatFixture, { color: true })).toMatchFileSnapshot('../fixtures/report/format-fixture.stylish-color.txt');
  });

  it('prints nothing for a clean run', () => {
    expect(diagnosticFormats.stylish({ ...formatFixture, diagnostics: [] }, { color: false })).toBe('');
  });
});

describe('json (golden)', () => {
  it('writes ESLint\'s JSON shape, one entry per file', async () => {
    await expect(diagnosticFormats.json(formatFixture, { color: false })).toMatchFileSnapshot('../fixtures/report/format-fixture.json');
  });
});

describe('stylish and json never print a Secret value', () => {
  it.each(['stylish', 'json'] as const)('%s', (format) => {
    const text = diagnosticFormats[format](formatFixture, { color: false });
    expect(text).not.toContain(secretValue);
    expect(text).not.toContain(secretValueBase64);
  });
});
