import { formatPath, type JsonPath, type Resource } from '../../resources/index.js';
import type { SchemaIssue } from '../schema-issue.js';
import { celRuleProblem } from './cel-rule-problems.js';
import { maxElements } from './cel-cost-estimate.js';
import { isPlainObject, type CrdSchema } from './crd-schema.js';
import { goPatternError } from '../../resources/go-regexp/index.js';

// the schema keywords whose values are schemas, as apiextensions v1 allows them
const schemaMaps = ['properties'] as const;
const schemaLists = ['allOf', 'anyOf', 'oneOf'] as const;
const schemaValues = ['additionalProperties', 'items', 'not'] as const;

/**
 * What the API server rejects in a CRD's own schemas when it is created, beyond the shape its
 * OpenAPI schema checks: a `pattern` Go's regexp cannot compile, `uniqueItems: true`, and CEL
 * rules that cannot compile or whose estimated cost exceeds the per-call limit.
 */
export function definitionIssues(crd: Resource): SchemaIssue[] {
  const spec = crd.object.spec;
  if (!isPlainObject(spec) || !Array.isArray(spec.versions)) return [];
  const issues: SchemaIssue[] = [];
  (spec.versions as unknown[]).forEach((version, i) => {
    const schema = isPlainObject(version) && isPlainObject(version.schema) ? version.schema.openAPIV3Schema : undefined;
    if (isPlainObject(schema)) walk(schema, ['spec', 'versions', i, 'schema', 'openAPIV3Schema'], issues, 0, 1);
  });
  return issues;
}

// real CRDs nest a few dozen levels; the cap keeps a hostile one from exhausting the stack
const maxDepth = 200;

// `cardinality`: how many times the node can occur in one object (the sizes of the lists and maps above it)
function walk(node: Record<string, unknown>, path: JsonPath, issues: SchemaIssue[], depth: number, cardinality: number): void {
  if (depth > maxDepth) return;
  if (typeof node.pattern === 'string') {
    const error = goPatternError(node.pattern);
    if (error) issues.push(issue('invalidPattern', [...path, 'pattern'], `must be a valid regular expression, but isn't: ${error}`));
  }
  if (node.uniqueItems === true) {
    issues.push(issue('uniqueItemsForbidden', [...path, 'uniqueItems'], 'uniqueItems cannot be set to true since the runtime complexity becomes quadratic', 'key'));
  }
  const rules = node['x-kubernetes-validations'];
  if (Array.isArray(rules)) {
    rules.forEach((rule: unknown, j) => {
      if (!isPlainObject(rule) || typeof rule.rule !== 'string') return;
      const problem = celRuleProblem(rule.rule, node as CrdSchema, cardinality);
      if (problem) issues.push(issue(problem.messageId, [...path, 'x-kubernetes-validations', j, 'rule'], problem.text, problem.forbidden ? 'key' : undefined));
    });
  }
  for (const key of schemaMaps) {
    const map = node[key];
    if (!isPlainObject(map)) continue;
    for (const [name, child] of Object.entries(map)) if (isPlainObject(child)) walk(child, [...path, key, name], issues, depth + 1, cardinality);
  }
  for (const key of schemaLists) {
    const list = node[key];
    if (Array.isArray(list)) list.forEach((child: unknown, j) => isPlainObject(child) && walk(child, [...path, key, j], issues, depth + 1, cardinality));
  }
  for (const key of schemaValues) {
    const child = node[key];
    // an item or map value occurs once per element of its list or map
    const times = key === 'not' ? 1 : maxElements(node as CrdSchema);
    if (isPlainObject(child)) walk(child, [...path, key], issues, depth + 1, Math.min(cardinality * times, Number.MAX_SAFE_INTEGER));
  }
}

// a forbidden keyword is placed at its key, an invalid value at the value, as the server's
// Forbidden and Invalid errors name them
function issue(messageId: string, path: JsonPath, text: string, target?: 'key'): SchemaIssue {
  const found: SchemaIssue = { ruleId: 'schema', messageId, message: `${formatPath(path)}: ${text}`, severity: 'error', path };
  if (target) found.target = target;
  return found;
}
