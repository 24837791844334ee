import { docsBaseUrl as docs, ruleDocsUrl, type Diagnostic } from '../../resources/index.js';
import type { RuleDescriptor } from './rule-descriptor.js';

interface Namespace {
  matches: (id: string) => boolean;
  summary: (id: string) => string;
  /** The page that documents the namespace. */
  page: string;
  tags: readonly string[];
}

/** The namespaces of docs/diagnostics.md: what a rule id in them reports, where it is documented, tags to filter by. */
const namespaces: readonly Namespace[] = [
  {
    matches: (id) => id === 'schema',
    summary: () => 'The object breaks its OpenAPI schema (built-in kinds for the target Kubernetes version) or its CRD\'s openAPIV3Schema and CEL rules.',
    page: `${docs}/diagnostics.md`,
    tags: ['kubernetes', 'schema'],
  },
  {
    matches: (id) => id === 'schema/api-not-served',
    summary: () => 'The apiVersion/kind is not served by the target Kubernetes version.',
    page: `${docs}/diagnostics.md`,
    tags: ['kubernetes', 'schema'],
  },
  {
    matches: (id) => id === 'schema/deprecated-api',
    summary: () => 'The apiVersion is deprecated at the target Kubernetes version but still served.',
    page: `${docs}/diagnostics.md`,
    tags: ['kubernetes', 'schema'],
  },
  {
    matches: (id) => id === 'schema/unknown-kind',
    summary: () => 'No built-in kind, CRD in the input or extra schema defines the kind.',
    page: `${docs}/diagnostics.md`,
    tags: ['kubernetes', 'schema'],
  },
  {
    matches: (id) => id === 'schema/crd-unreadable',
    summary: () => 'The CRD that defines the kind has a YAML error, so the object is not checked.',
    page: `${docs}/yaml.md`,
    tags: ['kubernetes', 'schema'],
  },
  {
    matches: (id) => id.startsWith('schema/'),
    summary: (id) => `The object does not fit the API of the target Kubernetes version (${id}).`,
    page: `${docs}/diagnostics.md`,
    tags: ['kubernetes', 'schema'],
  },
  {
    matches: (id) => id.startsWith('api/'),
    summary: (id) => `The API server's own validation, which no schema expresses, would reject the object (${id.slice('api/'.length)}).`,
    page: `${docs}/diagnostics-api.md`,
    tags: ['kubernetes', 'api-server'],
  },
  {
    matches: (id) => id.startsWith('yaml/'),
    summary: (id) => `The file cannot be read as kubectl reads it (${id.slice('yaml/'.length)}).`,
    page: `${docs}/diagnostics.md#yaml-codes`,
    tags: ['yaml'],
  },
  {
    matches: (id) => id === 'input/not-a-manifest',
    summary: () => 'A file or document that is not a Kubernetes object was skipped.',
    page: `${docs}/diagnostics.md`,
    tags: ['input'],
  },
  {
    matches: (id) => id === 'unused-disable-directive',
    summary: () => 'A drydock-disable comment silenced nothing.',
    page: `${docs}/diagnostics.md`,
    tags: ['maintainability'],
  },
  {
    matches: (id) => id === 'internal',
    summary: () => 'drydock failed while checking one resource (a bug); the rest was still checked.',
    page: `${docs}/diagnostics.md`,
    tags: ['internal'],
  },
];

/**
 * A description of a rule id for which the report carries no metadata: its namespace's meaning
 * from docs/diagnostics.md, or, for a best-practice rule, its id. The documentation page is the
 * diagnostic's `help` URL, else its namespace's page or the rule's. The default severity is that of the
 * first diagnostic seen.
 */
export function genericRuleDescriptor(first: Diagnostic): RuleDescriptor {
  const id = first.ruleId;
  const namespace = namespaces.find((n) => n.matches(id));
  return {
    id,
    summary: namespace ? namespace.summary(id) : `drydock best-practice rule ${id}.`,
    severity: first.severity,
    helpUri: isUrl(first.help) ? first.help : namespace ? namespace.page : ruleDocsUrl(id),
    tags: namespace ? namespace.tags : ['kubernetes', 'best-practice'],
  };
}

function isUrl(text: string | undefined): text is string {
  return text !== undefined && /^https?:\/\//.test(text);
}
