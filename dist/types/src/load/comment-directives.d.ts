import type { CommentDirective } from '../resources/index.js';
import type { SourceText } from './source-text.js';
/**
 * The suppression comments of a YAML stream, per non-empty document (the same numbering as the
 * parsed documents). Documents are told apart by their `---` lines.
 */
export declare function commentDirectives(source: SourceText): CommentDirective[][];
