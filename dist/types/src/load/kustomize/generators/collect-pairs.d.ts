import type { GeneratorArgs } from './generator-args.js';
import type { GeneratorProblems } from './generator-problem.js';
import type { KeySource } from './key-sources.js';
import { type SourceFileReader } from './read-source-file.js';
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
export declare function collectPairs(args: GeneratorArgs, reader: SourceFileReader, problems: GeneratorProblems): GeneratedPair[] | undefined;
