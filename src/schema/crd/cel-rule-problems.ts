import { parseCel } from './cel-environment.js';
import { goPatternError } from './go-regexp.js';

/** Why the API server refuses a CEL rule when the CRD is created, as a message id and text. */
export interface CelRuleProblem {
  messageId: string;
  text: string;
}

/**
 * The problem the API server finds in a CEL rule at CRD creation that drydock can see: a
 * `matches()` whose pattern is a constant Go's regexp rejects (cel-go compiles constant
 * patterns when it builds the program). A rule cel-js cannot parse is left alone: the two
 * parsers differ at the edges, and a false error on a CRD would be worse than a missed one.
 */
export function celRuleProblem(expression: string): CelRuleProblem | undefined {
  const program = parseCel(expression);
  if (!program) return undefined;
  for (const pattern of constantPatterns(program.ast)) {
    const error = goPatternError(pattern);
    if (error) return { messageId: 'celRuleInvalid', text: `program instantiation failed: ${error}` };
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
      pending.push(...(item as unknown[]));
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
