import type { SourceRange } from '../../resources/index.js';
import type { LineMap } from '../source-text.js';
/**
 * Where the lines of a patch written inline in a kustomization lie in its file (`lines`): a literal block
 * (`patch: |`) starts on the next line at its indentation; any other scalar is placed on its
 * first line.
 */
export declare function inlineLineMap(lines: readonly string[], value: SourceRange, patch: string): LineMap;
