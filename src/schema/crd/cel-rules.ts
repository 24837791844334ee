import { formatPath, type JsonPath } from '../../resources/index.js';
import type { SchemaIssue } from '../schema-issue.js';
import { parseCel, type CelProgram } from './cel-environment.js';
import type { CelRule } from './crd-schema.js';
import { parseFieldPath } from './field-path.js';

const programs = new Map<string, CelProgram | undefined>();

/**
 * Evaluates a schema node's `x-kubernetes-validations` against `self` (the node's value as CEL
 * sees it). Transition rules (those using oldSelf) never run on create, so they are skipped; a
 * rule that does not parse or fails to evaluate is skipped too, never reported.
 */
export function checkCelRules(rules: readonly CelRule[], self: unknown, path: JsonPath): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  for (const rule of rules) {
    if (typeof rule.rule !== 'string' || /\boldSelf\b/.test(rule.rule)) continue;
    if (evaluate(rule.rule, self) !== false) continue;
    const where = rule.fieldPath ? [...path, ...(parseFieldPath(rule.fieldPath) ?? [])] : path;
    const text = messageOf(rule, self);
    const place = formatPath(where);
    issues.push({
      ruleId: 'schema',
      messageId: 'celRuleFailed',
      message: place ? `${place}: ${text}` : text,
      severity: 'error',
      path: where,
    });
  }
  return issues;
}

function evaluate(expression: string, self: unknown): unknown {
  let program = programs.get(expression);
  if (!programs.has(expression)) {
    program = parseCel(expression);
    programs.set(expression, program);
  }
  try {
    return program?.({ self });
  } catch {
    return undefined;
  }
}

// as the server words it: messageExpression if it yields a non-empty string, else message
function messageOf(rule: CelRule, self: unknown): string {
  if (rule.messageExpression) {
    const text = evaluate(rule.messageExpression, self);
    if (typeof text === 'string' && text.trim() !== '') return text;
  }
  return rule.message ?? `failed rule: ${rule.rule}`;
}
