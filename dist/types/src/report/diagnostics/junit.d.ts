import type { DiagnosticFormatter } from './diagnostic-report.js';
/**
 * JUnit XML as GitLab (`artifacts:reports:junit`) and Jenkins read it: a `<testsuite>` per input
 * file, a `<testcase>` per resource with findings (`Kind/namespace/name`, classname the file), with
 * a `<failure>` per error or warning (type the rule id, the body `file:line:col` and the message,
 * which is what GitLab shows). Findings on no resource (YAML errors) go to a test case named after
 * the file, as does a file without findings, which passes. The report holds diagnostics only, so
 * resources without findings are not listed. Because several tools show only a test case's first
 * `<failure>`, a test case with more than one finding also lists them all in `<system-out>`.
 */
export declare const junit: DiagnosticFormatter;
