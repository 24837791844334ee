import { formatPath, type JsonPath } from '../../resources/index.js';
import { firstDuplicate } from '../first-duplicate.js';
import type { SchemaIssue } from '../schema-issue.js';

/**
 * The first repeated item of an `x-kubernetes-list-type: set` list, in linear time; worded and
 * placed as ajv's `uniqueItems` error was (at the later of the two items).
 */
export function duplicateSetItems(list: readonly unknown[], path: JsonPath): SchemaIssue[] {
  const pair = firstDuplicate(list);
  if (!pair) return [];
  const where = [...path, pair.later];
  return [{ ruleId: 'schema', messageId: 'duplicateItems', message: `${formatPath(where)}: items ${pair.earlier} and ${pair.later} are identical`, severity: 'error', path: where }];
}
