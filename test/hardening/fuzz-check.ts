import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic, JsonPath, Resource } from '../../src/index.js';
import { loadMarkdownReader, loadText } from '../../src/load/index.js';
import { itemAt } from '../helpers/item-at.js';

// some sources are Markdown: the synchronous loadText reads them once the parser is loaded
await loadMarkdownReader();

/** The biggest source file a fuzz case starts from: large CRDs would only make each case slower. */
const maxSourceBytes = 64 * 1024;

/** The fuzz sources: every fixture, and the shared corpus when it is present (read in place). */
export function fuzzSources(repoRoot: string): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  const walk = (dir: string, label: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full, `${label}/${entry.name}`);
      else if (entry.isFile() && /\.(ya?ml|json|md)$/.test(entry.name) && statSync(full).size <= maxSourceBytes) {
        out.push({ name: `${label}/${entry.name}`, text: readFileSync(full, 'utf8') });
      }
    }
  };
  walk(path.join(repoRoot, 'fixtures'), 'fixtures');
  walk(path.resolve(repoRoot, '../shared/corpus'), 'corpus');
  return out;
}

/** The reasons a loader or pipeline result breaks the hardening contract (empty when it holds). */
export function diagnosticProblems(diagnostics: readonly Diagnostic[], file: string, text: string): string[] {
  const lines = text.split('\n');
  const problems: string[] = [];
  for (const d of diagnostics) {
    const where = `${d.ruleId} "${d.message.slice(0, 80)}"`;
    if (d.ruleId === 'internal') problems.push(`internal diagnostic: ${d.message}`);
    if (d.range.file !== file) problems.push(`${where} names file ${JSON.stringify(d.range.file)}, not ${JSON.stringify(file)}`);
    for (const [label, at] of [['start', d.range.start], ['end', d.range.end]] as const) {
      const problem = positionProblem(at, lines);
      if (problem) problems.push(`${where} ${label} ${problem}`);
    }
  }
  return problems;
}

function positionProblem(at: { line: number; column: number }, lines: readonly string[]): string | undefined {
  if (!Number.isInteger(at.line) || !Number.isInteger(at.column)) return `is not whole: ${JSON.stringify(at)}`;
  if (at.line < 1 || at.line > lines.length) return `line ${at.line} is outside 1..${lines.length}`;
  const length = itemAt(lines, at.line - 1).length;
  if (at.column < 1 || at.column > length + 1) return `column ${at.column} is outside 1..${length + 1} on line ${at.line}`;
  return undefined;
}

/** Paths worth asking a resource's position of: the root, a few real fields, and a missing one. */
function probePaths(resource: Resource): JsonPath[] {
  const paths: JsonPath[] = [[], ['metadata', 'name'], ['spec', 'no-such-field'], ['items', 0]];
  let at: unknown = resource.object;
  const walked: (string | number)[] = [];
  for (let depth = 0; depth < 6 && at !== null && typeof at === 'object'; depth++) {
    const keys = Object.keys(at);
    if (keys.length === 0) break;
    const key = itemAt(keys, depth % keys.length);
    walked.push(Array.isArray(at) ? Number(key) : key);
    paths.push([...walked]);
    at = (at as Record<string, unknown>)[key];
  }
  return paths;
}

/** Loads one text and returns every broken promise of the loader (empty when all hold). */
export function checkLoadText(text: string, fileName: string): string[] {
  let loaded;
  try {
    loaded = loadText(text, fileName);
  } catch (error) {
    return [`loadText threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`];
  }
  const problems = diagnosticProblems(loaded.diagnostics, fileName, text);
  for (const resource of loaded.resources) {
    for (const target of [undefined, 'key', 'value'] as const) {
      for (const probe of probePaths(resource)) {
        try {
          const range = resource.rangeOf(probe, target);
          problems.push(...diagnosticProblems([{ ruleId: 'probe', severity: 'info', message: JSON.stringify(probe), range }], fileName, text));
        } catch (error) {
          problems.push(`rangeOf(${JSON.stringify(probe)}, ${target}) threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        }
      }
    }
  }
  return problems;
}

/** How a pipeline case writes its text to disk. */
export type Encoding = 'utf8' | 'utf16le-bom' | 'raw-flipped';

function encode(text: string, encoding: Encoding, flipAt: number): Buffer {
  if (encoding === 'utf16le-bom') return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const bytes = Buffer.from(text, 'utf8');
  // a flipped byte of the encoded file, so that invalid UTF-8 reaches the reader
  if (encoding === 'raw-flipped' && bytes.length > 0) {
    const at = flipAt % bytes.length;
    bytes[at] = bytes[at]! ^ 0x80; // in range: the index is taken modulo the length
  }
  return bytes;
}

/**
 * Writes a text to `dir/fileName`, runs the public `validate()`, `lint()` and `plan()` (forced,
 * against the same file as its base, so both the diff and the simulation see the mutation) on
 * it, and returns every broken promise: an escaping exception, a bad position, an `internal`
 * diagnostic, a missing file.
 */
export async function checkPipeline(text: string, dir: string, fileName: string, encoding: Encoding, flipAt = 0): Promise<string[]> {
  const { writeFileSync } = await import('node:fs');
  const { validate, lint, plan, formatPlan, planFormatNames } = await import('../../src/index.js');
  const { decodeText } = await import('../../src/load/decode-text.js');
  const bytes = encode(text, encoding, flipAt);
  writeFileSync(path.join(dir, fileName), bytes);
  const decoded = decodeText(bytes);
  const problems: string[] = [];
  for (const [name, run] of [['validate', validate], ['lint', lint]] as const) {
    try {
      const result = await run({ paths: [fileName], cwd: dir });
      if (!result.files.includes(fileName)) problems.push(`${name}: files ${JSON.stringify(result.files)} lack ${fileName}`);
      problems.push(...diagnosticProblems(result.diagnostics, fileName, decoded.text).map((p) => `${name}: ${p}`));
    } catch (error) {
      problems.push(`${name} threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }
  try {
    const result = await plan({ paths: [fileName], cwd: dir, base: fileName, force: true });
    if (!result.files.includes(fileName)) problems.push(`plan: files ${JSON.stringify(result.files)} lack ${fileName}`);
    problems.push(...diagnosticProblems(result.diagnostics.filter((d) => d.range.file === fileName), fileName, decoded.text).map((p) => `plan: ${p}`));
    // every format must render whatever the plan holds
    for (const format of planFormatNames) await formatPlan(format, { plan: result.plan, diagnostics: result.diagnostics, kubernetesVersion: result.kubernetesVersion });
  } catch (error) {
    problems.push(`plan threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
  return problems;
}
