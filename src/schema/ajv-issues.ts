import type { ErrorObject } from 'ajv';
import { formatPath, maxQuotedLength, quoteName, quoteValue, type JsonPath } from '../resources/index.js';
import { didYouMean } from './did-you-mean.js';
import type { SchemaIssue } from './schema-issue.js';

/** How to word issues: values of sensitive objects (Secrets) are never shown. */
export interface IssueWording {
  sensitive?: boolean;
}

/**
 * Turns ajv errors (compiled with `allErrors` and `verbose`) into SchemaIssues a person
 * understands, each pointing at the key (unknown or missing field) or the value (wrong value).
 */
export function issuesFromAjvErrors(errors: readonly ErrorObject[], wording: IssueWording = {}): SchemaIssue[] {
  const out: SchemaIssue[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    // anyOf/oneOf repeat their branches' errors; the branch errors are the useful ones
    if (error.keyword === 'anyOf' || error.keyword === 'oneOf' || error.keyword === 'if') continue;
    const issue = issueFrom(error, wording);
    const key = `${formatPath(issue.path)}\u0000${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(issue);
  }
  return out;
}

/** Splits an ajv instancePath (`/spec/containers/0`) into a JSON path. */
export function pathFromPointer(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^(0|[1-9]\d*)$/.test(part) ? Number(part) : part));
}

function issueFrom(error: ErrorObject, wording: IssueWording): SchemaIssue {
  const path = pathFromPointer(error.instancePath);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const field = String(params.additionalProperty);
      const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const guess = didYouMean(field, known);
      const hint = guess ? ` (did you mean ${quoteName(guess)}?)` : '';
      return make('unknownField', [...path, field], `unknown field ${quoteName(field)}${hint}`, 'key');
    }
    case 'required': {
      const field = String(params.missingProperty);
      return make('missingField', [...path, field], `missing required field ${quoteName(field)}`, 'key');
    }
    case 'type':
      return make('wrongType', path, `expected ${listOf(params.type)}, got ${describe(error.data, wording)}`);
    case 'enum':
      return make('notInEnum', path, `must be one of ${quoteList(params.allowedValues)}, got ${describe(error.data, wording)}`);
    case 'const':
      return make('notConst', path, `must be ${quoteList([params.allowedValue])}, got ${describe(error.data, wording)}`);
    case 'pattern':
      return make('patternMismatch', path, `${describe(error.data, wording)} does not match the pattern ${shortPattern(String(params.pattern))}`);
    case 'quantity':
      // from the schema walker: the server's own words, naming the value only when it is safe
      return make('invalidQuantity', path, `${describe(error.data, wording)} is not a quantity: ${String(params.reason)}`);
    case 'format':
      return make('badFormat', path, `${describe(error.data, wording)} is not a valid ${params.format}`);
    case 'minLength':
      return make('tooShort', path, `must be at least ${params.limit} characters long`);
    case 'maxLength':
      return make('tooLong', path, `must be at most ${params.limit} characters long`);
    case 'minimum':
    case 'exclusiveMinimum':
    case 'maximum':
    case 'exclusiveMaximum':
      return make('outOfRange', path, `must be ${params.comparison} ${params.limit}, got ${describe(error.data, wording)}`);
    case 'minItems':
      return make('tooFewItems', path, `must have at least ${params.limit} item(s)`);
    case 'maxItems':
      return make('tooManyItems', path, `must have at most ${params.limit} item(s)`);
    case 'minProperties':
      return make('tooFewProperties', path, `must have at least ${params.limit} field(s)`);
    case 'maxProperties':
      return make('tooManyProperties', path, `must have at most ${params.limit} field(s)`);
    case 'uniqueItems':
      return make('duplicateItems', [...path, Number(params.j)], `items ${params.i} and ${params.j} are identical`);
    case 'multipleOf':
      return make('notMultiple', path, `must be a multiple of ${params.multipleOf}`);
    case 'not':
      return make('forbidden', path, 'matches a schema it must not match', 'key');
    default:
      return make(error.keyword, path, error.message ?? `fails ${error.keyword}`);
  }
}

function make(messageId: string, path: JsonPath, text: string, target?: 'key'): SchemaIssue {
  // field names from the input are cut short in the message; the issue keeps the full path
  const where = formatPath(path.map((part) => (typeof part === 'string' && part.length > maxQuotedLength ? `${part.slice(0, maxQuotedLength - 3)}...` : part)));
  const message = where ? `${where}: ${text}` : text;
  return { ruleId: 'schema', messageId, message, severity: 'error', path, target };
}

function listOf(types: unknown): string {
  const list = Array.isArray(types) ? types : String(types).split(',');
  return list.join(' or ');
}

// the allowed values come from a schema, perhaps a CRD of the input: each is cut short and escaped, and a long list is cut
const maxListed = 10;

function quoteList(values: unknown): string {
  const list = Array.isArray(values) ? values : [];
  const shown = list.slice(0, maxListed).map((v) => (typeof v === 'string' ? quoteName(v) : shortJson(v)));
  return list.length > maxListed ? `${shown.join(', ')} (and ${list.length - maxListed} more)` : shown.join(', ');
}

// a pattern is the schema's, not the object's, but a CRD in the input can make it anything
const maxPatternLength = 200;

function shortPattern(pattern: string): string {
  return pattern.length > maxPatternLength ? `${pattern.slice(0, maxPatternLength - 3)}...` : pattern;
}

function shortJson(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > maxQuotedLength ? `(a ${typeof value} value)` : json;
}

/** `string "3"`, `integer 5`, `object`: the value's type, and a short value where it is safe. */
export function describe(value: unknown, wording: IssueWording): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const type = typeof value;
  if (type === 'object') return 'object';
  if (wording.sensitive) return type === 'number' && Number.isInteger(value) ? 'integer' : type;
  if (type === 'string') return `string ${quoteValue(value as string)}`;
  if (type === 'number') return `${Number.isInteger(value) ? 'integer' : 'number'} ${String(value)}`;
  return `${type} ${String(value)}`;
}
