import { type JsonPath } from '../../../resources/index.js';
import type { GeneratedPair } from './collect-pairs.js';
import type { GeneratorArgs, GeneratorOptions } from './generator-args.js';
import type { GeneratorProblems } from './generator-problem.js';
import { keySourceRange } from './key-sources.js';
/**
 * Reports what of a generator kustomize's YAML round trip would refuse: its own fields (a
 * literal, a name, a label), and the generated keys and, in a ConfigMap, values that come from
 * files. A Secret's file and env values are base64 by then, so any bytes do.
 */
export declare function reportUnwritable(args: GeneratorArgs, pairs: readonly GeneratedPair[], problems: GeneratorProblems, rangeOf: Parameters<typeof keySourceRange>[2]): boolean;
/** The same check for the labels and annotations of `options` or `generatorOptions`. */
export declare function reportUnwritableOptions(options: GeneratorOptions | undefined, path: JsonPath, problems: GeneratorProblems): boolean;
