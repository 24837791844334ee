import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { itemAt } from './item-at.js';

/** The repository root. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Where this test run built the current source (test/global-setup.ts); removed when the run ends. */
export const builtDir = process.env.DRYDOCK_TEST_BUILD ?? path.join(repoRoot, '.test-build', 'not-built-run-through-vitest');
/** The CLI and the Action as built from the current source for this test run. */
export const builtCli = path.join(builtDir, 'bin', 'drydock.js');
export const builtDist = path.join(builtDir, 'dist');
export const builtAction = path.join(builtDist, 'action.js');

/** `../shared` beside the repository: the team's corpus, specs and seeds (absent in a plain clone). */
export const sharedDir = path.resolve(repoRoot, '../shared');
export const corpusDir = path.join(sharedDir, 'corpus');
export const hasCorpus = existsSync(path.join(corpusDir, 'expected-errors.txt'));
export const seedsDir = path.join(sharedDir, 'seeds');
export const hasSeeds = existsSync(seedsDir);

/** Every manifest file of the corpus, relative to it, sorted. */
export function corpusFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ya?ml|json)$/.test(entry.name)) out.push(path.relative(corpusDir, full));
    }
  };
  walk(corpusDir);
  return out.sort();
}

/** The corpus files the API server would reject (expected-errors.txt). */
export function expectedErrorFiles(): Set<string> {
  const text = readFileSync(path.join(corpusDir, 'expected-errors.txt'), 'utf8');
  return new Set(text.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));
}

/**
 * The corpus files of which a real API server (1.32) and kubectl rejected at least one document
 * (server-verdicts.tsv, the kubectl column: `rejected`, or `unparsed` YAML). expected-errors.txt is
 * the subset drydock must find; an error drydock reports in any of these files agrees with the
 * server, even where the list has not caught up.
 */
export function serverRejectedFiles(): Set<string> {
  const file = path.join(corpusDir, 'server-verdicts.tsv');
  if (!existsSync(file)) return new Set();
  const rejected = new Set<string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const columns = line.split('\t');
    if (columns[7] === 'rejected' || columns[7] === 'unparsed') rejected.add(itemAt(columns, 0));
  }
  return rejected;
}
