import { formatPath, isObject, quoteName, type JsonPath } from '../../../resources/index.js';
import type { GeneratorProblems } from './generator-problem.js';

/** `options` of one generator or the kustomization's `generatorOptions`, as written. */
export interface GeneratorOptions {
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  disableNameSuffixHash?: boolean;
  immutable?: boolean;
}

/** One `configMapGenerator` or `secretGenerator` entry whose fields have kustomize's types. */
export interface GeneratorArgs {
  kind: 'ConfigMap' | 'Secret';
  /** The entry's path in the kustomization, e.g. `['configMapGenerator', 0]`. */
  path: JsonPath;
  name?: string;
  namespace?: string;
  behavior?: string;
  literals: string[];
  files: string[];
  /** `envs` then the older `env`, as kustomize appends it. */
  envs: Array<{ file: string; path: JsonPath }>;
  type?: string;
  options?: GeneratorOptions;
}

const optionFields = ['labels', 'annotations', 'disableNameSuffixHash', 'immutable'];
const generatorFields = ['name', 'namespace', 'behavior', 'literals', 'files', 'envs', 'env', 'options'];

/**
 * Reads a generator entry as kustomize unmarshals it (strictly: a wrong type or an unknown
 * field fails the build). Returns undefined, with a diagnostic, when kustomize would refuse it.
 */
export function readGeneratorArgs(entry: unknown, kind: GeneratorArgs['kind'], path: JsonPath, problems: GeneratorProblems): GeneratorArgs | undefined {
  if (!isObject(entry)) return typeProblem(problems, path, 'a mapping');
  const fields = kind === 'Secret' ? [...generatorFields, 'type'] : generatorFields;
  if (!knownFieldsOnly(entry, fields, path, problems)) return undefined;
  const reader = new FieldReader(entry, path, problems);
  const name = reader.string('name');
  const namespace = reader.string('namespace');
  const behavior = reader.string('behavior');
  const type = reader.string('type');
  const literals = reader.strings('literals');
  const files = reader.strings('files');
  const envList = reader.strings('envs');
  const env = reader.string('env');
  const options = readGeneratorOptions(entry.options, [...path, 'options'], problems);
  if (reader.failed || options === null) return undefined;
  const envs = envList.map((file, index) => ({ file, path: [...path, 'envs', index] }));
  if (env) envs.push({ file: env, path: [...path, 'env'] });
  return { kind, path, name, namespace, behavior, literals, files, envs, type, options };
}

/** Reads `options` or `generatorOptions`; null when a field has the wrong type. */
export function readGeneratorOptions(value: unknown, path: JsonPath, problems: GeneratorProblems): GeneratorOptions | undefined | null {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) return typeProblem(problems, path, 'a mapping') ?? null;
  if (!knownFieldsOnly(value, optionFields, path, problems)) return null;
  const reader = new FieldReader(value, path, problems);
  const options: GeneratorOptions = {
    labels: reader.stringMap('labels'),
    annotations: reader.stringMap('annotations'),
    disableNameSuffixHash: reader.boolean('disableNameSuffixHash'),
    immutable: reader.boolean('immutable'),
  };
  return reader.failed ? null : options;
}

class FieldReader {
  failed = false;

  constructor(
    private readonly record: Record<string, unknown>,
    private readonly path: JsonPath,
    private readonly problems: GeneratorProblems,
  ) {}

  string(field: string): string | undefined {
    const value = this.record[field];
    if (value === undefined || value === null || typeof value === 'string') return value ?? undefined;
    return this.fail([...this.path, field], 'a string');
  }

  boolean(field: string): boolean | undefined {
    const value = this.record[field];
    if (value === undefined || value === null || typeof value === 'boolean') return value ?? undefined;
    return this.fail([...this.path, field], 'true or false');
  }

  strings(field: string): string[] {
    const value = this.record[field];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) return this.fail([...this.path, field], 'a list of strings') ?? [];
    const bad = value.findIndex((item) => typeof item !== 'string');
    if (bad !== -1) return this.fail([...this.path, field, bad], 'a string') ?? [];
    return value as string[];
  }

  stringMap(field: string): Record<string, string> | undefined {
    const value = this.record[field];
    if (value === undefined || value === null) return undefined;
    if (!isObject(value)) return this.fail([...this.path, field], 'a mapping of strings');
    const bad = Object.keys(value).find((key) => typeof value[key] !== 'string');
    if (bad !== undefined) return this.fail([...this.path, field, bad], 'a string');
    return value as Record<string, string>;
  }

  private fail(path: JsonPath, expected: string): undefined {
    this.failed = true;
    typeProblem(this.problems, path, expected);
    return undefined;
  }
}

function knownFieldsOnly(record: Record<string, unknown>, known: string[], path: JsonPath, problems: GeneratorProblems): boolean {
  const unknown = Object.keys(record).filter((key) => !known.includes(key));
  for (const key of unknown) {
    problems.error('unknown-field', [...path, key], `${formatPath(path)} has an unknown field ${quoteName(key)}, which kustomize rejects.`, 'key');
  }
  return unknown.length === 0;
}

function typeProblem(problems: GeneratorProblems, path: JsonPath, expected: string): undefined {
  problems.error('invalid-field', path, `${describePath(path)} must be ${expected}.`);
  return undefined;
}

// label and annotation keys come from the input, so they are quoted, not spliced into the path
function describePath(path: JsonPath): string {
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  if (typeof last === 'string' && (parent === 'labels' || parent === 'annotations')) {
    return `${formatPath(path.slice(0, -1))} ${quoteName(last)}`;
  }
  return formatPath(path);
}
