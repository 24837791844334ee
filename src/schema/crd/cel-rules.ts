import { formatPath, type JsonPath } from '../../resources/index.js';
import type { SchemaIssue } from '../schema-issue.js';
import { evaluateMetered, perCallLimit, perObjectBudget } from './cel-cost.js';
import { InvalidPatternError, parseCel, type CelProgram } from './cel-environment.js';
import { constantPatterns } from './cel-rule-problems.js';
import type { CelRule } from './crd-schema.js';
import { parseFieldPath } from './field-path.js';
import { goPatternError } from '../../resources/go-regexp/index.js';

/** What is left of one object's CEL cost budget; once spent, no further rule runs. */
export interface CelBudget {
  remaining: number;
  exhausted: boolean;
}

/** A fresh budget for one object: RuntimeCELCostBudget. */
export function objectCelBudget(): CelBudget {
  return { remaining: perObjectBudget, exhausted: false };
}

interface CompiledRule {
  program: CelProgram | undefined;
  /** The CRD is refused for this rule (a constant pattern RE2 rejects), so objects are not checked by it. */
  refused: boolean;
}

const compiledRules = new Map<string, CompiledRule>();

/**
 * Evaluates a schema node's `x-kubernetes-validations` against `self` (the node's value as CEL
 * sees it), within the server's cost limits: a rule over PerCallLimit, or one that spends the
 * rest of `budget`, is an error and stops all further rules of the object, as on the server.
 * Transition rules (those using oldSelf) never run on create, so they are skipped; a rule that
 * does not parse or fails to evaluate is skipped too, except for `matches()` with an invalid
 * pattern, a runtime error on the server.
 */
export function checkCelRules(rules: readonly CelRule[], self: unknown, path: JsonPath, budget: CelBudget = objectCelBudget()): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  for (const rule of rules) {
    if (budget.exhausted) break;
    if (typeof rule.rule !== 'string' || /\boldSelf\b/.test(rule.rule)) continue;
    const result = evaluate(rule.rule, self, budget);
    if (result.exceeded) {
      const text = result.exceeded === 'call'
        ? `no further validation rules will be run due to call cost exceeds limit for rule: ${ruleErrorString(rule)}`
        : 'validation failed due to running out of cost budget, no further validation rules will be run';
      issues.push(issue('celCostExceeded', path, text));
      break;
    }
    if (result.error instanceof InvalidPatternError) {
      issues.push(issue('celRuleError', path, `${result.error.message} evaluating rule: ${ruleErrorString(rule)}`));
      continue;
    }
    if (result.value !== false) continue;
    const where = rule.fieldPath ? [...path, ...(parseFieldPath(rule.fieldPath) ?? [])] : path;
    issues.push(issue('celRuleFailed', where, messageOf(rule, self, budget)));
  }
  return issues;
}

interface RuleResult {
  value?: unknown;
  error?: unknown;
  exceeded?: 'call' | 'object';
}

function evaluate(expression: string, self: unknown, budget: CelBudget): RuleResult {
  const { program, refused } = compiled(expression);
  if (!program || refused) return {};
  const limit = Math.min(perCallLimit, budget.remaining);
  const result = evaluateMetered(program, { self }, limit);
  budget.remaining -= result.cost;
  if (result.exceeded) {
    budget.exhausted = true;
    return { exceeded: limit < perCallLimit ? 'object' : 'call' };
  }
  return result.error === undefined ? { value: result.value } : { error: result.error };
}

function compiled(expression: string): CompiledRule {
  let rule = compiledRules.get(expression);
  if (!rule) {
    const program = parseCel(expression);
    const refused = program !== undefined && constantPatterns(program.ast).some((p) => goPatternError(p) !== undefined);
    rule = { program, refused };
    compiledRules.set(expression, rule);
  }
  return rule;
}

// as the server words it: messageExpression if it yields a non-empty string, else message
function messageOf(rule: CelRule, self: unknown, budget: CelBudget): string {
  if (rule.messageExpression) {
    const { value } = evaluate(rule.messageExpression, self, budget);
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return rule.message ?? `failed rule: ${rule.rule}`;
}

function ruleErrorString(rule: CelRule): string {
  return (rule.message && rule.message.trim()) || rule.rule.trim();
}

function issue(messageId: string, path: JsonPath, text: string): SchemaIssue {
  const place = formatPath(path);
  return { ruleId: 'schema', messageId, message: place ? `${place}: ${text}` : text, severity: 'error', path };
}
