import type { Diagnostic } from '../../src/index.js';
import type { DiagnosticReport } from '../../src/report/diagnostics/diagnostic-report.js';
import type { RuleDescriptor } from '../../src/report/diagnostics/rule-descriptor.js';

/**
 * A Secret value as it would appear in `k8s/secret.yaml` (plain and base64). The diagnostics below
 * are what drydock reports on that Secret; no formatter may ever print the value.
 */
export const secretValue = 'hunter2-s3cr3t-marker';
export const secretValueBase64 = Buffer.from(secretValue).toString('base64');

const web = { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', namespace: 'shop' };
const webService = { apiVersion: 'v1', kind: 'Service', name: 'web', namespace: 'shop' };
const secret = { apiVersion: 'v1', kind: 'Secret', name: 'db-credentials', namespace: 'shop' };
const namespace = { apiVersion: 'v1', kind: 'Namespace', name: 'shop' };

const diagnostics: Diagnostic[] = [
  {
    ruleId: 'schema',
    messageId: 'wrongType',
    severity: 'error',
    message: 'spec.replicas: expected integer, got string "3 < 4 & \'x\'"',
    range: { file: 'k8s/app.yaml', start: { line: 7, column: 13 }, end: { line: 7, column: 26 } },
    resource: web,
    path: ['spec', 'replicas'],
  },
  {
    ruleId: 'cpu-request-missing',
    messageId: 'missing',
    severity: 'warning',
    message: 'Container "web" does not request CPU.',
    range: { file: 'k8s/app.yaml', start: { line: 15, column: 11 }, end: { line: 15, column: 20 } },
    resource: web,
    path: ['spec', 'template', 'spec', 'containers', 0, 'resources'],
    help: 'https://github.com/drydock-dev/drydock/blob/main/docs/rules/cpu-request-missing.md',
  },
  {
    ruleId: 'image-pull-policy-not-always',
    messageId: 'notAlways',
    severity: 'info',
    message: 'Container "web" uses imagePullPolicy IfNotPresent with a mutable tag.',
    range: { file: 'k8s/app.yaml', start: { line: 16, column: 28 }, end: { line: 16, column: 40 } },
    resource: web,
    path: ['spec', 'template', 'spec', 'containers', 0, 'imagePullPolicy'],
    help: 'https://github.com/drydock-dev/drydock/blob/main/docs/rules/image-pull-policy-not-always.md',
  },
  {
    ruleId: 'api/service-ports',
    messageId: 'portRange',
    severity: 'error',
    message: 'spec.ports[0].port: 70000 is not between 1 and 65535.',
    range: { file: 'k8s/app.yaml', start: { line: 30, column: 13 }, end: { line: 30, column: 18 } },
    resource: webService,
    path: ['spec', 'ports', 0, 'port'],
  },
  {
    ruleId: 'yaml/duplicate-key',
    messageId: 'duplicate-key',
    severity: 'error',
    message: 'Map keys must be unique: "image"',
    range: { file: 'k8s/broken file.yaml', start: { line: 4, column: 3 }, end: { line: 4, column: 8 } },
  },
  {
    ruleId: 'yaml/duplicate-key',
    messageId: 'duplicate-key',
    severity: 'error',
    message: 'Map keys must be unique: "name"',
    range: { file: 'k8s/broken file.yaml', start: { line: 9, column: 3 }, end: { line: 9, column: 7 } },
  },
  {
    ruleId: 'yaml/syntax',
    messageId: 'syntax',
    severity: 'error',
    // a control character from the source, which XML 1.0 cannot carry at all
    message: 'Unexpected character \u0007 in plain scalar\nat the second line',
    range: { file: 'k8s/broken file.yaml', start: { line: 12, column: 1 }, end: { line: 12, column: 2 } },
  },
  {
    ruleId: 'api/secret-data',
    messageId: 'invalidBase64',
    severity: 'error',
    message: 'data.password: the value of key "password" is not valid base64.',
    range: { file: 'k8s/secret.yaml', start: { line: 8, column: 13 }, end: { line: 8, column: 34 } },
    resource: secret,
    path: ['data', 'password'],
  },
  {
    ruleId: 'schema/deprecated-api',
    messageId: 'deprecated',
    severity: 'warning',
    message: 'Namespace "shop" 🚢 is fine, but this text has an emoji before column 20',
    range: { file: 'k8s/secret.yaml', start: { line: 20, column: 1 }, end: { line: 20, column: 11 } },
    resource: namespace,
    path: ['apiVersion'],
  },
  {
    ruleId: 'input/not-a-manifest',
    messageId: 'not-a-manifest',
    severity: 'info',
    message: 'skipped: a Helm template ({{ … }})',
    range: { file: 'charts/web/templates/deployment.yaml', start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
  },
];

/** The shared result every formatter's golden test formats: findings of every namespace, a Secret, a clean file. */
export const formatFixture: DiagnosticReport = {
  diagnostics,
  files: ['k8s/app.yaml', 'k8s/broken file.yaml', 'k8s/clean.yaml', 'k8s/secret.yaml', 'charts/web/templates/deployment.yaml'],
  cwd: '/repo',
};

/** Rule metadata as `drydock lint` would pass it, for one of the fixture's rules. */
export const fixtureRules: readonly RuleDescriptor[] = [
  {
    id: 'cpu-request-missing',
    summary: 'Containers request CPU.',
    rationale: 'Without a CPU request the scheduler places the Pod as if it needed none.',
    fix: 'Set `resources.requests.cpu`.',
    severity: 'warning',
    helpUri: 'https://github.com/drydock-dev/drydock/blob/main/docs/rules/cpu-request-missing.md',
    tags: ['resources'],
  },
];
