import { type JsonPath, type RangeTarget, type SourceRange } from '../../../resources/index.js';
import type { GeneratorArgs } from './generator-args.js';
import { type KeySource } from './key-sources.js';
/**
 * The source map of a generated object: every field points at the kustomization line that wrote
 * it (a key of `data` at its literal, `files:` entry or env file line; `metadata.name` at the
 * generator's `name:`; a label at the generator's or the global option that set it), and
 * anything else at the generator entry.
 */
export declare function generatedRangeOf(args: GeneratorArgs, kustomization: Record<string, unknown>, keySources: ReadonlyMap<string, KeySource>, rangeOf: (path: JsonPath) => SourceRange): (path: JsonPath, target?: RangeTarget) => SourceRange;
