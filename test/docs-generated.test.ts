import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoOutput, exampleEnd, exampleStart, withExample } from '../scripts/readme-example.js';
import { repoRoot } from './helpers/shared.js';

describe('generated docs (npm run docs)', () => {
  it("keeps the README's example output that of a real run of the demo", async () => {
    const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    expect(readme).toContain(exampleStart);
    expect(readme).toContain(exampleEnd);
    expect(readme).toBe(withExample(readme, await demoOutput(repoRoot)));
  });

  it('puts the output in a code block between the markers', () => {
    const readme = `a\n${exampleStart}\nold\n${exampleEnd}\nb\n`;
    expect(withExample(readme, '\nfile\n  1:1  error  x  schema\n\n')).toBe(`a\n${exampleStart}\n\`\`\`\nfile\n  1:1  error  x  schema\n\`\`\`\n${exampleEnd}\nb\n`);
  });
});
