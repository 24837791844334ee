import { isIP } from 'node:net';
import { Environment } from '@marcbachmann/cel-js';
import { compileGoRegexp } from '../../resources/go-regexp/index.js';

/** A parsed CEL expression, ready to evaluate against `{ self }`; `ast` is cel-js's syntax tree. */
export type CelProgram = ((context: Record<string, unknown>) => unknown) & { ast?: unknown };

/** `matches()` met a pattern Go's regexp rejects while evaluating: a runtime error on the server. */
export class InvalidPatternError extends Error {}

let environment: Environment | undefined;

/**
 * Parses a CEL rule in an environment with Kubernetes' extensions that cel-js lacks (isIP, isCIDR,
 * isURL, url(), RE2 `matches`). Undefined when the rule does not parse.
 */
export function parseCel(expression: string): CelProgram | undefined {
  environment ??= createEnvironment();
  try {
    const program = environment.parse(expression) as CelProgram;
    useRe2Matches(program.ast);
    return program;
  } catch {
    return undefined;
  }
}

/** The URL type of Kubernetes' CEL url library, reduced to the getters CRDs use. */
class CelUrl {
  constructor(readonly url: URL) {}
}

function createEnvironment(): Environment {
  return new Environment({ unlistedVariablesAreDyn: true, homogeneousAggregateLiterals: false })
    .registerVariable('self', 'dyn')
    .registerFunction('string.re2Matches(string): bool', re2Matches)
    .registerFunction('re2Matches(string, string): bool', re2Matches)
    .registerFunction('isIP(string): bool', (text: string) => isIP(text) !== 0)
    .registerFunction('isCIDR(string): bool', (text: string) => isCidr(text))
    .registerFunction('isURL(string): bool', (text: string) => parseUrl(text) !== undefined)
    .registerType('URL', CelUrl)
    .registerFunction('url(string): URL', (text: string) => {
      const url = parseUrl(text);
      if (!url) throw new Error(`invalid URL ${text}`);
      return new CelUrl(url);
    })
    .registerFunction('URL.getScheme(): string', (u: CelUrl) => u.url.protocol.replace(/:$/, ''))
    .registerFunction('URL.getHost(): string', (u: CelUrl) => u.url.host)
    .registerFunction('URL.getHostname(): string', (u: CelUrl) => u.url.hostname.replace(/^\[(.*)\]$/, '$1'))
    .registerFunction('URL.getPort(): string', (u: CelUrl) => u.url.port)
    .registerFunction('URL.getEscapedPath(): string', (u: CelUrl) => u.url.pathname)
    .registerFunction('URL.getQuery(): map<string, list<string>>', (u: CelUrl) => queryOf(u.url));
}

// cel-js's own matches() runs JS regular expressions, which backtrack, and cannot be replaced;
// Kubernetes' is RE2. Renaming the calls in the syntax tree (not the text) leaves string
// literals alone; cel-js resolves a call by name when it first checks the tree.
function useRe2Matches(ast: unknown): void {
  const pending: unknown[] = [ast];
  while (pending.length > 0) {
    const node = pending.pop();
    if (Array.isArray(node)) {
      for (const child of node as unknown[]) pending.push(child);
    } else if (node !== null && typeof node === 'object' && typeof (node as { op?: unknown }).op === 'string') {
      const { op, args } = node as { op: string; args: unknown };
      if ((op === 'rcall' || op === 'call') && Array.isArray(args) && args[0] === 'matches') args[0] = 're2Matches';
      pending.push(args);
    }
  }
}

// RE2 PartialMatch, as cel-go's matches(): a search anywhere in the text
function re2Matches(text: string, pattern: string): boolean {
  const compiled = compileGoRegexp(pattern);
  if (!compiled.matcher) throw new InvalidPatternError(compiled.error);
  return compiled.matcher.test(text);
}

// Kubernetes' isURL is Go's url.ParseRequestURI: an absolute URL or an absolute path
function parseUrl(text: string): URL | undefined {
  if (/\s/.test(text)) return undefined;
  try {
    return text.startsWith('/') ? new URL(text, 'http://path.invalid') : new URL(text);
  } catch {
    return undefined;
  }
}

function queryOf(url: URL): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [key, value] of url.searchParams) (out[key] ??= []).push(value);
  return out;
}

function isCidr(text: string): boolean {
  const [ip = '', bits, extra] = text.split('/');
  if (extra !== undefined || bits === undefined || !/^\d{1,3}$/.test(bits)) return false;
  const family = isIP(ip);
  return family !== 0 && Number(bits) <= (family === 4 ? 32 : 128);
}
