import type { Diagnostic, Severity } from '../../resources/index.js';
import { formatResourceId, hasInternalFailure, repositoryUrl } from '../../resources/index.js';
import { artifactLocationOf, directoryUri, srcRootBaseId } from './artifact-uri.js';
import type { DiagnosticFormatter } from './diagnostic-report.js';
import { diagnosticFingerprints } from './fingerprint.js';
import { genericRuleDescriptor } from './generic-rule-descriptor.js';
import type { RuleDescriptor } from './rule-descriptor.js';

/**
 * Limits of GitHub code scanning's SARIF ingestion (docs: "SARIF support for code scanning") and
 * our own cap on message length. An upload over a hard limit is rejected as a whole, so drydock
 * stays under them and says what it left out.
 */
export const sarifLimits = {
  /** GitHub rejects more than 25,000 results per run and shows the 5,000 most severe; keep those. */
  resultsPerRun: 5000,
  /** `name` of a rule. */
  ruleName: 255,
  /** `shortDescription.text` and `fullDescription.text` of a rule. */
  description: 1024,
  /** Tags per rule. */
  tags: 20,
  /** drydock's own cap on a result's message (GitHub shows only the first sentence when short of space). */
  message: 4096,
} as const;

/** The rule id of skipped non-manifest input, left out of SARIF: it is no problem in the code. */
const notAManifest = 'input/not-a-manifest';

const fingerprintKey = 'drydockFingerprint/v1';
const levels: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
const problemSeverities: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'recommendation' };
const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: one run, a rule per rule id that fired, one result
 * per diagnostic with a repository-relative location and a fingerprint that survives line moves.
 * Info notes become `note` results, except `input/not-a-manifest` (skipped input is not a problem
 * in the code; the run's invocation counts it). Over 5,000 results, the most severe are kept and
 * the invocation says how many were left out.
 */
export const sarif: DiagnosticFormatter = (report, options) => {
  const reported = report.diagnostics.filter((d) => d.ruleId !== notAManifest);
  const skippedInputs = report.diagnostics.length - reported.length;
  const rules = describeRules(reported, report.rules ?? []);
  const ruleIndex = new Map(rules.map((rule, i) => [rule.id, i]));
  const fingerprints = diagnosticFingerprints(reported);
  const kept = mostSevere(reported, sarifLimits.resultsPerRun);
  const results = reported.flatMap((d, i) => (kept.has(i) ? [resultOf(d, ruleIndex.get(d.ruleId)!, fingerprints[i]!)] : []));

  const notifications: object[] = [];
  if (kept.size < reported.length) {
    notifications.push({
      level: 'warning',
      message: { text: `Only the ${kept.size} most severe of ${reported.length} results are included (GitHub code scanning shows at most ${sarifLimits.resultsPerRun}); run drydock with another format for the full list.` },
    });
  }
  if (skippedInputs > 0) {
    notifications.push({
      level: 'note',
      message: { text: `${skippedInputs} ${skippedInputs === 1 ? 'document was' : 'documents were'} skipped as not Kubernetes objects (${notAManifest}).` },
    });
  }

  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'drydock',
            informationUri: repositoryUrl,
            ...(options.toolVersion ? { semanticVersion: options.toolVersion } : {}),
            rules: rules.map(reportingDescriptorOf),
          },
        },
        invocations: [
          {
            executionSuccessful: !hasInternalFailure(report.diagnostics),
            ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
          },
        ],
        originalUriBaseIds: { [srcRootBaseId]: { uri: directoryUri(report.cwd) } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

/** One descriptor per rule id that fired, sorted by id: the caller's metadata, else a generic one. */
function describeRules(diagnostics: readonly Diagnostic[], known: readonly RuleDescriptor[]): RuleDescriptor[] {
  const byId = new Map(known.map((rule) => [rule.id, rule]));
  const fired = new Map<string, RuleDescriptor>();
  for (const d of diagnostics) {
    if (!fired.has(d.ruleId)) fired.set(d.ruleId, byId.get(d.ruleId) ?? genericRuleDescriptor(d));
  }
  return [...fired.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Indexes of the `limit` most severe diagnostics (earlier first among equals). */
function mostSevere(diagnostics: readonly Diagnostic[], limit: number): Set<number> {
  if (diagnostics.length <= limit) return new Set(diagnostics.keys());
  const order = [...diagnostics.entries()].sort(([a, x], [b, y]) => severityRank[x.severity] - severityRank[y.severity] || a - b);
  return new Set(order.slice(0, limit).map(([i]) => i));
}

function reportingDescriptorOf(rule: RuleDescriptor): object {
  const explanation = rule.rationale ?? rule.summary;
  const advice = rule.fix ?? explanation;
  return {
    id: rule.id,
    name: truncate(pascalCase(rule.id), sarifLimits.ruleName),
    shortDescription: { text: truncate(rule.summary, sarifLimits.description) },
    fullDescription: { text: truncate(explanation, sarifLimits.description) },
    ...(rule.helpUri ? { helpUri: rule.helpUri } : {}),
    help: {
      text: rule.helpUri ? `${advice}\n\nDocumentation: ${rule.helpUri}` : advice,
      markdown: rule.helpUri ? `${advice}\n\n[Documentation](${rule.helpUri})` : advice,
    },
    defaultConfiguration: { level: levels[rule.severity] },
    properties: {
      tags: [...(rule.tags ?? [])].slice(0, sarifLimits.tags),
      'problem.severity': problemSeverities[rule.severity],
    },
  };
}

function resultOf(d: Diagnostic, ruleIndex: number, fingerprint: string): object {
  const startLine = Math.max(1, d.range.start.line);
  const startColumn = Math.max(1, d.range.start.column);
  const endsAfterStart = d.range.end.line > startLine || (d.range.end.line === startLine && d.range.end.column >= startColumn);
  return {
    ruleId: d.ruleId,
    ruleIndex,
    level: levels[d.severity],
    message: { text: truncate(d.message, sarifLimits.message) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocationOf(d.range.file),
          region: endsAfterStart
            ? { startLine, startColumn, endLine: d.range.end.line, endColumn: d.range.end.column }
            : { startLine, startColumn },
        },
        ...(d.resource ? { logicalLocations: [{ name: d.resource.name, fullyQualifiedName: formatResourceId(d.resource), kind: 'resource' }] } : {}),
      },
    ],
    partialFingerprints: { [fingerprintKey]: fingerprint },
  };
}

/** `api/secret-data` → `ApiSecretData`, the `name` GitHub shows beside the id. */
function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word !== '')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

/** `text` cut to at most `max` UTF-16 units, never inside a surrogate pair, ending in `…` when cut. */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}
