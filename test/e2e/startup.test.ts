import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtDist } from '../helpers/shared.js';
import { itemAt } from '../helpers/item-at.js';

const dist = builtDist;
const staticImport = /^import\s+(?:[^'"]*?from\s+)?["'](\.\/[^"']+)["']/gm;

/** Every bundle file `entry` loads before its first line runs: its static imports, transitively. */
function loadedAtStart(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(staticImport)) visit(path.resolve(path.dirname(file), itemAt(match, 1)));
  };
  visit(path.join(dist, entry));
  return seen;
}

describe('start-up stays lean', () => {
  it('the CLI loads no YAML manifest parser, schema, rule, planner or plan formatter before a command needs it', () => {
    const sources = [...loadedAtStart('cli.js')].map((file) => readFileSync(file, 'utf8')).join('\n');
    for (const heavy of ['// node_modules/js-yaml/', '// src/load/load-text.ts', '// src/schema/', '// rules/', '// src/plan/', '// node_modules/ajv/', '// src/report/plan-', '// node_modules/diff/']) {
      expect(sources, heavy).not.toContain(heavy);
    }
  });

  it('a check loads neither the diagnostic catalog (drydock rules <id>) nor the kustomize build and its patch strategies', () => {
    // what `validate` imports before it reads its first file: the CLI and the run's pipeline
    const validateChunk = readdirSync(path.join(dist, 'chunks')).find((file) => file.startsWith('run-validate-'));
    expect(validateChunk).toBeDefined();
    const sources = [...loadedAtStart('cli.js'), ...loadedAtStart(path.join('chunks', validateChunk!))].map((file) => readFileSync(file, 'utf8')).join('\n');
    for (const heavy of ['/diagnostic-catalog.ts', '/patch-strategies.generated.ts', '// src/load/kustomize/']) {
      expect(sources, heavy).not.toContain(heavy);
    }
  });
});
