import type { CommentDirective } from '../resources/index.js';
import type { SourceText } from './source-text.js';
/**
 * The suppression comments of a YAML stream, per non-empty document (the same numbering as the
 * parsed documents). Documents are told apart by their `---` lines.
 */
export declare function commentDirectives(source: SourceText): CommentDirective[][];
/**
 * The suppression comments of a patch's documents (a kustomize patch file, or a patch written
 * inline): they name their file, and a whole-document one the lines of its document, since a
 * patch's comment acts only on findings in what the patch wrote (see `CommentDirective`).
 */
export declare function patchDirectives(source: SourceText): CommentDirective[][];
