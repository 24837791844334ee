import type { Document } from 'yaml';
import { type UnreadableCrd } from '../resources/index.js';
/**
 * What a document with YAML errors still tells of the CRD it was meant to be: the `yaml` library
 * builds the parts it could read, often enough to name the group and kind. Undefined when the
 * document is not a CRD as far as can be told.
 */
export declare function unreadableCrdOf(doc: Document, text: string): UnreadableCrd | undefined;
/**
 * The same for a document that was read whole but that kubectl refuses (for a tab the fast path
 * found): `documentText` is its text.
 */
export declare function unreadableCrdOfValue(value: unknown, documentText: string): UnreadableCrd | undefined;
