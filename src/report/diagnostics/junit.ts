import type { Diagnostic, ResourceId } from '../../resources/index.js';
import type { DiagnosticFormatter } from './diagnostic-report.js';
import { oneLine } from './one-line.js';
import { escapeControlCharacters, inertToWorkflowCommands } from '../workflow-command-escape.js';
import { escapeXml } from './xml-escape.js';

/** Why a file or document was skipped; such a test case is `<skipped>`, not passed or failed. */
const notAManifest = 'input/not-a-manifest';

interface TestCase {
  name: string;
  diagnostics: Diagnostic[];
}

/**
 * JUnit XML as GitLab (`artifacts:reports:junit`) and Jenkins read it: a `<testsuite>` per input
 * file, a `<testcase>` per resource with findings (`Kind/namespace/name`, classname the file), with
 * a `<failure>` per error or warning (type the rule id, the body `file:line:col` and the message,
 * which is what GitLab shows). Findings on no resource (YAML errors) go to a test case named after
 * the file, as does a file without findings, which passes. The report holds diagnostics only, so
 * resources without findings are not listed. Because several tools show only a test case's first
 * `<failure>`, a test case with more than one finding also lists them all in `<system-out>`.
 */
export const junit: DiagnosticFormatter = (report) => {
  const byFile = new Map<string, Diagnostic[]>(report.files.map((file) => [file, []]));
  for (const d of report.diagnostics) {
    const list = byFile.get(d.range.file);
    if (list) list.push(d);
    else byFile.set(d.range.file, [d]);
  }

  const suites: string[] = [];
  const total = { tests: 0, failures: 0 };
  for (const [file, diagnostics] of byFile) {
    const cases = testCasesOf(file, diagnostics);
    const failures = cases.filter((c) => c.diagnostics.some(isFailure)).length;
    const skipped = cases.filter(isSkipped).length;
    total.tests += cases.length;
    total.failures += failures;
    const attributes = `name="${escapeXml(file, 'attribute')}" tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}" time="0"`;
    suites.push(`  <testsuite ${attributes}>`, ...cases.flatMap((c) => testCaseXml(file, c)), '  </testsuite>');
  }

  // Jenkins' junit-4.xsd allows `skipped` on each testsuite but not on testsuites
  const rootAttributes = `name="drydock" tests="${total.tests}" failures="${total.failures}" errors="0" time="0"`;
  const root = suites.length === 0 ? [`<testsuites ${rootAttributes}/>`] : [`<testsuites ${rootAttributes}>`, ...suites, '</testsuites>'];
  // a CI log may print the report: no line of it may read as a workflow command
  return inertToWorkflowCommands(`${['<?xml version="1.0" encoding="UTF-8"?>', ...root].join('\n')}\n`);
};

/** The file's test cases in order of their first finding: one per resource, one for file-level findings. */
function testCasesOf(file: string, diagnostics: readonly Diagnostic[]): TestCase[] {
  if (diagnostics.length === 0) return [{ name: file, diagnostics: [] }];
  const cases = new Map<string, TestCase>();
  for (const d of diagnostics) {
    const key = d.resource ? resourceKey(d.resource) : '';
    const existing = cases.get(key);
    if (existing) existing.diagnostics.push(d);
    else cases.set(key, { name: d.resource ? resourceName(d.resource) : file, diagnostics: [d] });
  }
  // GitLab merges test cases with the same classname and name: name the apiVersion when kinds of two groups share a name
  const list = [...cases.values()];
  const counts = new Map<string, number>();
  for (const c of list) counts.set(c.name, (counts.get(c.name) ?? 0) + 1);
  for (const c of list) {
    const resource = c.diagnostics[0]?.resource;
    if (counts.get(c.name)! > 1 && resource) c.name = `${c.name} (${resource.apiVersion})`;
  }
  return list;
}

function testCaseXml(file: string, testCase: TestCase): string[] {
  const open = `    <testcase classname="${escapeXml(file, 'attribute')}" name="${escapeXml(testCase.name, 'attribute')}" file="${escapeXml(file, 'attribute')}" time="0"`;
  const failures = testCase.diagnostics.filter(isFailure);
  const children: string[] = failures.map(
    (d) => `      <failure type="${escapeXml(d.ruleId, 'attribute')}" message="${escapeXml(d.message, 'attribute')}">${escapeXml(findingText(d))}</failure>`,
  );
  if (isSkipped(testCase)) {
    const reason = testCase.diagnostics.find((d) => d.ruleId === notAManifest)!;
    // junit-4.xsd's <skipped> is text only (GitLab and Jenkins show it as the reason)
    children.push(`      <skipped>${escapeXml(reason.message, 'text')}</skipped>`);
  }
  const others = testCase.diagnostics.filter((d) => !isFailure(d) && d.ruleId !== notAManifest);
  if (failures.length > 1 || others.length > 0) {
    children.push(`      <system-out>${escapeXml(testCase.diagnostics.map(findingLine).join('\n'))}</system-out>`);
  }
  return children.length === 0 ? [`${open}/>`] : [`${open}>`, ...children, '    </testcase>'];
}

function isFailure(d: Diagnostic): boolean {
  return d.severity !== 'info';
}

/** A test case with no failure whose file or document drydock skipped as not a manifest. */
function isSkipped(testCase: TestCase): boolean {
  return !testCase.diagnostics.some(isFailure) && testCase.diagnostics.some((d) => d.ruleId === notAManifest);
}

/** `k8s/web.yaml:10:18: error: message (rule)`, one line even when the file name holds a line break. */
function findingLine(d: Diagnostic): string {
  const file = escapeControlCharacters(d.range.file);
  const message = escapeControlCharacters(oneLine(d.message));
  return `${file}:${d.range.start.line}:${d.range.start.column}: ${d.severity}: ${message} (${escapeControlCharacters(d.ruleId)})`;
}

/** A failure's body: the finding's line, then its help when there is one. */
function findingText(d: Diagnostic): string {
  return d.help ? `${findingLine(d)}\nHelp: ${d.help}` : findingLine(d);
}

function resourceKey(id: ResourceId): string {
  return JSON.stringify([id.apiVersion, id.kind, id.namespace ?? '', id.name]);
}

/** `Deployment/shop/web`, or `Namespace/shop` for objects without a namespace. */
function resourceName(id: ResourceId): string {
  return id.namespace ? `${id.kind}/${id.namespace}/${id.name}` : `${id.kind}/${id.name}`;
}
