import { type JsonPath } from '../../resources/index.js';
import type { SchemaIssue } from '../schema-issue.js';
/**
 * The first repeated item of an `x-kubernetes-list-type: set` list, in linear time; worded and
 * placed as ajv's `uniqueItems` error was (at the later of the two items).
 */
export declare function duplicateSetItems(list: readonly unknown[], path: JsonPath): SchemaIssue[];
