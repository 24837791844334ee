import { formatPath, type JsonPath } from '../../../resources/index.js';
import type { GeneratedPair } from './collect-pairs.js';
import type { GeneratorArgs, GeneratorOptions } from './generator-args.js';
import type { GeneratorProblems } from './generator-problem.js';
import { keySourceRange } from './key-sources.js';

// kustomize turns generator arguments and generated objects into YAML and reads them back; its
// YAML reader refuses DEL, the C1 controls but NEL, U+FFFE and U+FFFF ("control characters are
// not allowed"), and the emitter writes them unescaped, so any of them fails the build
const unwritable = /[\u007f-\u0084\u0086-\u009f\ufffe\uffff]/;
// in a key, NEL too: YAML 1.1 reads it as a line break, and the mapping no longer parses
const unwritableInKey = /[\u007f-\u009f\ufffe\uffff]/;

const why = 'holds a character kustomize cannot write as YAML (U+007F to U+009F, U+FFFE, U+FFFF; U+0085 only in a value), so kustomize fails';

/**
 * Reports what of a generator kustomize's YAML round trip would refuse: its own fields (a
 * literal, a name, a label), and the generated keys and, in a ConfigMap, values that come from
 * files. A Secret's file and env values are base64 by then, so any bytes do.
 */
export function reportUnwritable(args: GeneratorArgs, pairs: readonly GeneratedPair[], problems: GeneratorProblems, rangeOf: Parameters<typeof keySourceRange>[2]): boolean {
  let found = false;
  const check = (text: string | undefined, path: JsonPath) => {
    if (text === undefined || !unwritable.test(text)) return;
    found = true;
    problems.error('unwritable-character', path, `${formatPath(path)} ${why}.`);
  };
  for (const field of ['name', 'namespace', 'behavior', 'type'] as const) check(args[field], [...args.path, field]);
  args.literals.forEach((literal, index) => check(literal, [...args.path, 'literals', index]));
  args.files.forEach((entry, index) => check(entry, [...args.path, 'files', index]));
  for (const env of args.envs) check(env.file, env.path);
  found = reportUnwritableOptions(args.options, [...args.path, 'options'], problems) || found;
  for (const pair of pairs) {
    // a literal's value was checked as written; a Secret's values are base64 by now
    const isLiteral = pair.source.from === 'entry' && pair.source.path.includes('literals');
    const value = args.kind === 'ConfigMap' && !isLiteral ? pair.text : undefined;
    const isKeyUnwritable = unwritableInKey.test(pair.key);
    if (!isKeyUnwritable && !(value !== undefined && unwritable.test(value))) continue;
    found = true;
    const range = keySourceRange(pair.source, isKeyUnwritable ? 'key' : undefined, rangeOf);
    problems.at('unwritable-character', range, `The ${args.kind} key generated at ${formatPath([...args.path])} ${why}.`, 'error', args.path);
  }
  return found;
}

/** The same check for the labels and annotations of `options` or `generatorOptions`. */
export function reportUnwritableOptions(options: GeneratorOptions | undefined, path: JsonPath, problems: GeneratorProblems): boolean {
  let found = false;
  for (const field of ['labels', 'annotations'] as const) {
    for (const [key, value] of Object.entries(options?.[field] ?? {})) {
      if (!unwritableInKey.test(key) && !unwritable.test(value)) continue;
      found = true;
      problems.error('unwritable-character', [...path, field, key], `${formatPath([...path, field])} ${why}.`);
    }
  }
  return found;
}
