import { formatPath, quoteName, type JsonPath } from '../../../resources/index.js';
import type { GeneratorArgs } from './generator-args.js';
import type { GeneratorProblems } from './generator-problem.js';
import type { KeySource } from './key-sources.js';
import { parseEnvFile, parseFileSource, parseLiteral } from './kv-sources.js';
import { readSourceFile, maxSourceFileBytes, type SourceFileReader } from './read-source-file.js';

/** One generated key: its value as text (valid UTF-8) or as raw bytes, and where it was written. */
export interface GeneratedPair {
  key: string;
  text?: string;
  bytes: Uint8Array;
  source: KeySource;
}

/**
 * The keys of one generator in kustomize's order (env files, then literals, then files), or
 * undefined with diagnostics where kustomize would stop the build: a bad literal or file
 * source, a file it cannot read, a key given twice.
 */
export function collectPairs(args: GeneratorArgs, reader: SourceFileReader, problems: GeneratorProblems): GeneratedPair[] | undefined {
  const pairs: GeneratedPair[] = [];
  let failed = false;
  for (const env of args.envs) failed = !addEnvPairs(env.file, env.path, reader, problems, pairs) || failed;
  args.literals.forEach((literal, index) => {
    const path = [...args.path, 'literals', index];
    const parsed = parseLiteral(literal);
    if (!parsed.ok) {
      failed = true;
      // a literal may be a secret: the message names where it is, never what it says
      problems.error('invalid-literal', path, `${formatPath(path)} is not a key=value literal.`);
      return;
    }
    if (lineSeparators.test(literal)) {
      problems.warning('literal-line-separator', path, `${formatPath(path)} holds U+0085, U+2028 or U+2029, which kustomize's YAML round trip of its arguments may turn into spaces: the value and the name hash may differ from kustomize's.`);
    }
    const bytes = Buffer.from(parsed.value, 'utf8');
    pairs.push({ key: parsed.key, text: parsed.value, bytes, source: { from: 'entry', path, text: literal, keyLength: parsed.key.length } });
  });
  args.files.forEach((entry, index) => {
    const path = [...args.path, 'files', index];
    const added = addFilePair(entry, path, reader, problems, pairs);
    failed = !added || failed;
  });
  if (failed) return undefined;
  return withoutRepeatedKeys(args, pairs, problems);
}

// YAML 1.1 line breaks beyond \n and \r: go-yaml writes them raw in some quoting styles and folds them when reading
const lineSeparators = /[\u0085\u2028\u2029]/;

const fileSourceProblems = {
  'missing-key': 'has no key before its "="',
  'missing-path': 'has no file path after its "="',
  'too-many-equals': 'has more than one "=" (a key may not contain one)',
} as const;

function addFilePair(entry: string, path: JsonPath, reader: SourceFileReader, problems: GeneratorProblems, pairs: GeneratedPair[]): boolean {
  const parsed = parseFileSource(entry);
  if (!parsed.ok) {
    problems.error('invalid-file-source', path, `${formatPath(path)} ${fileSourceProblems[parsed.problem]}.`);
    return false;
  }
  const content = readSourceFile(reader, parsed.path, path);
  if ('problem' in content) {
    reportUnreadable(content.problem, parsed.path, path, problems);
    return false;
  }
  const keyLength = entry.includes('=') ? parsed.key.length : 0;
  pairs.push({ key: parsed.key, text: content.text, bytes: content.bytes, source: { from: 'entry', path, text: entry, keyLength } });
  return true;
}

function addEnvPairs(relative: string, path: JsonPath, reader: SourceFileReader, problems: GeneratorProblems, pairs: GeneratedPair[]): boolean {
  const content = readSourceFile(reader, relative, path);
  if ('problem' in content) {
    reportUnreadable(content.problem, relative, path, problems);
    return false;
  }
  if (content.text === undefined) {
    problems.error('invalid-env-file', path, `The env file ${quoteName(relative)} is not UTF-8 text, which kustomize requires.`);
    return false;
  }
  const parsed = parseEnvFile(content.text);
  if (parsed.stoppedAtLine !== undefined) {
    const line = parsed.stoppedAtLine + 1;
    const range = { file: content.file, start: { line, column: 1 }, end: { line, column: 1 } };
    problems.at('env-line-too-long', range, `Line ${line} of an env file is longer than 64 KiB: kustomize silently ignores it and every line after it.`, 'warning', path);
  }
  for (const pair of parsed.pairs) {
    const source: KeySource = {
      from: 'env',
      file: content.file,
      line: pair.line,
      keyColumn: pair.keyColumn,
      keyLength: pair.key.length,
      valueColumn: pair.valueColumn,
      valueLength: pair.value.length,
    };
    pairs.push({ key: pair.key, text: pair.value, bytes: Buffer.from(pair.value, 'utf8'), source });
  }
  return true;
}

function reportUnreadable(problem: 'missing' | 'too-large' | 'refused', relative: string, path: JsonPath, problems: GeneratorProblems): void {
  // a refused file was reported by the reader (input/outside-root at the entry)
  if (problem === 'refused') return;
  if (problem === 'missing') {
    problems.error('missing-file', path, `The file ${quoteName(relative)} named by ${formatPath(path)} cannot be read.`);
  } else {
    problems.error('file-too-large', path, `The file ${quoteName(relative)} named by ${formatPath(path)} is larger than ${maxSourceFileBytes / 1024 / 1024} MiB, the most a ConfigMap or Secret can hold.`);
  }
}

function withoutRepeatedKeys(args: GeneratorArgs, pairs: GeneratedPair[], problems: GeneratorProblems): GeneratedPair[] | undefined {
  const seen = new Set<string>();
  let repeated = false;
  for (const pair of pairs) {
    if (seen.has(pair.key)) {
      repeated = true;
      const message = `${args.kind} ${quoteName(args.name ?? '')} gets the key ${quoteName(pair.key)} twice; kustomize rejects a repeated key.`;
      if (pair.source.from === 'env') {
        const line = pair.source.line + 1;
        const column = pair.source.keyColumn + 1;
        const range = { file: pair.source.file, start: { line, column }, end: { line, column: column + pair.source.keyLength } };
        problems.at('duplicate-key', range, message, 'error', args.path);
      } else {
        problems.error('duplicate-key', pair.source.path, message);
      }
    }
    seen.add(pair.key);
  }
  return repeated ? undefined : pairs;
}
