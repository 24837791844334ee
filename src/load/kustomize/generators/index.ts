import type { Diagnostic, JsonPath, RangeTarget, SourceRange } from '../../../resources/index.js';
import { formatPath } from '../../../resources/index.js';
import { collectPairs } from './collect-pairs.js';
import { readGeneratorArgs, readGeneratorOptions, type GeneratorArgs } from './generator-args.js';
import { GeneratorProblems } from './generator-problem.js';
import { generatedObject, mergeOptions } from './generated-object.js';
import { generatedRangeOf } from './generated-ranges.js';
import type { KeySource } from './key-sources.js';
import { reportUnwritable, reportUnwritableOptions } from './unwritable-characters.js';

export { nameHash } from './name-hash.js';
export { maxSourceFileBytes } from './read-source-file.js';

/** What `behavior:` asks of a generated object when a base already has one of that name. */
export type GeneratorBehavior = 'create' | 'merge' | 'replace';

/** One ConfigMap or Secret a kustomization generates, with its source map. */
export interface GeneratedObject {
  object: Record<string, unknown>;
  rangeOf(path: JsonPath, target?: RangeTarget): SourceRange;
  behavior: GeneratorBehavior;
  /** Whether the name gets `-<nameHash>` once the build is done (`disableNameSuffixHash` unset). */
  hashSuffix: boolean;
}

/** What a kustomization gives its generators. */
export interface GeneratorInput {
  kustomization: Record<string, unknown>;
  /** The kustomization's folder: generator paths are relative to it. */
  dir: string;
  kustomizationFile: string;
  /**
   * Reads a file confined to the run's root; undefined when it cannot, `refused` (reported by the
   * reader at `at`, the entry naming it) when input may not lead there, `too-large` when it is over
   * `maxSourceFileBytes`.
   */
  readText(file: string, at: JsonPath): string | 'refused' | 'too-large' | undefined;
  /** Optional raw read, so that a ConfigMap can tell binary files (binaryData) from text. */
  readBytes?(file: string, at: JsonPath): Uint8Array | 'refused' | 'too-large' | undefined;
  /** The name diagnostics give a file (an env file's lines are positions in it); its absolute path when not given. */
  displayName?(file: string): string;
  /** The range of a path in the kustomization (`'key'`: its key, for unknown fields). */
  rangeOf(path: JsonPath, target?: RangeTarget): SourceRange;
}

const generatorKinds = [
  ['configMapGenerator', 'ConfigMap'],
  ['secretGenerator', 'Secret'],
] as const;

/**
 * Runs a kustomization's `configMapGenerator` and `secretGenerator` as kustomize v5 does, with
 * `generatorOptions` merged in. A generator kustomize would refuse gives diagnostics
 * (`kustomize/<check>`, at the kustomization's line) and no object; the others still generate.
 * Names come back without their hash suffix: kustomize adds it after every other step.
 */
export function runGenerators(args: GeneratorInput): { objects: GeneratedObject[]; diagnostics: Diagnostic[] } {
  const problems = new GeneratorProblems(args.rangeOf);
  const objects: GeneratedObject[] = [];
  const globalOptions = readGeneratorOptions(args.kustomization.generatorOptions, ['generatorOptions'], problems);
  const hasGenerators = generatorKinds.some(([field]) => Array.isArray(args.kustomization[field]) && args.kustomization[field].length > 0);
  // the global options reach kustomize's YAML round trip only with a generator to merge into
  const globalUnwritable = hasGenerators && globalOptions ? reportUnwritableOptions(globalOptions, ['generatorOptions'], problems) : false;
  for (const [field, kind] of generatorKinds) {
    const entries = args.kustomization[field];
    if (entries === undefined || entries === null) continue;
    if (!Array.isArray(entries)) {
      problems.error('invalid-field', [field], `${field} must be a list of generators.`);
      continue;
    }
    entries.forEach((entry, index) => {
      const generator = readGeneratorArgs(entry, kind, [field, index], problems);
      if (generator === undefined || globalOptions === null || globalUnwritable) return;
      const generated = generate(generator, globalOptions, args, problems);
      if (generated) objects.push(generated);
    });
  }
  return { objects, diagnostics: problems.diagnostics };
}

function generate(generator: GeneratorArgs, globalOptions: GeneratorArgs['options'], input: GeneratorInput, problems: GeneratorProblems): GeneratedObject | undefined {
  const name = generator.name;
  if (!name) {
    problems.error('missing-name', generator.path, `${formatPath(generator.path)} has no name, which kustomize requires to generate a ${generator.kind}.`);
    return undefined;
  }
  const pairs = collectPairs(generator, input, problems);
  if (pairs === undefined || reportUnwritable(generator, pairs, problems, input.rangeOf)) return undefined;
  const options = mergeOptions(generator.options, globalOptions);
  const keySources = new Map<string, KeySource>(pairs.map((pair) => [pair.key, pair.source]));
  return {
    object: generatedObject({ ...generator, name }, pairs, options),
    rangeOf: generatedRangeOf(generator, input.kustomization, keySources, input.rangeOf),
    behavior: behaviorOf(generator.behavior),
    hashSuffix: !options.disableNameSuffixHash,
  };
}

// kustomize treats an unknown behavior as unspecified, which acts as create
function behaviorOf(behavior: string | undefined): GeneratorBehavior {
  return behavior === 'merge' || behavior === 'replace' ? behavior : 'create';
}
