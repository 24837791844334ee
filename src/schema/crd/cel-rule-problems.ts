import { exceedsEstimatedCost, staticEstimatedCostLimit } from './cel-cost-estimate.js';
import { parseCel } from './cel-environment.js';
import type { CrdSchema } from './crd-schema.js';
import { goPatternError } from '../../resources/go-regexp/index.js';

/** Why the API server refuses a CEL rule when the CRD is created, as a message id and text. */
export interface CelRuleProblem {
  messageId: string;
  text: string;
  /** A Forbidden error of the server (placed at the key), not an Invalid value. */
  forbidden?: boolean;
}

/**
 * The problem the API server finds in a CEL rule at CRD creation that drydock can see: a
 * `matches()` whose pattern is a constant Go's regexp rejects (cel-go compiles constant
 * patterns when it builds the program), or an estimated cost far over the limit (see
 * cel-cost-estimate.ts). `schema` is the rule's node, `cardinality` how often it can occur. A
 * rule cel-js cannot parse is left alone: the two parsers differ at the edges, and a false
 * error on a CRD would be worse than a missed one.
 */
export function celRuleProblem(expression: string, schema: CrdSchema, cardinality: number): CelRuleProblem | undefined {
  const program = parseCel(expression);
  if (!program) return undefined;
  for (const pattern of constantPatterns(program.ast)) {
    const error = goPatternError(pattern);
    if (error) return { messageId: 'celRuleInvalid', text: `program instantiation failed: ${error}` };
  }
  if (exceedsEstimatedCost(program.ast, schema, cardinality)) {
    return {
      messageId: 'celCostEstimateExceeded',
      text: `estimated rule cost exceeds budget by factor of more than 100x (the limit is ${staticEstimatedCostLimit}; try simplifying the rule, or adding maxItems, maxProperties, and maxLength where arrays, maps, and strings are declared)`,
      forbidden: true,
    };
  }
  return undefined;
}

/** The constant patterns of the `matches()` calls in a parsed rule. */
export function constantPatterns(ast: unknown): string[] {
  const out: string[] = [];
  const pending: unknown[] = [ast];
  while (pending.length > 0) {
    const item = pending.pop();
    if (Array.isArray(item)) {
      for (const child of item as unknown[]) pending.push(child);
      continue;
    }
    if (!isNode(item)) continue;
    const { op, args } = item;
    if ((op === 'rcall' || op === 'call') && Array.isArray(args) && args[0] === 're2Matches') {
      // rcall: [name, receiver, [pattern]]; call: [name, [text, pattern]]
      const callArgs = (op === 'rcall' ? args[2] : args[1]) as unknown[];
      const pattern = Array.isArray(callArgs) ? callArgs[callArgs.length - 1] : undefined;
      if (isNode(pattern) && pattern.op === 'value' && typeof pattern.args === 'string') out.push(pattern.args);
    }
    pending.push(args);
  }
  return out;
}

function isNode(value: unknown): value is { op: string; args: unknown } {
  return value !== null && typeof value === 'object' && typeof (value as { op?: unknown }).op === 'string';
}
