/** The diagnostics formats (stylish, json, github, markdown, sarif, junit) and what they take. */
export { github } from './github.js';
export { json } from './json.js';
export { junit } from './junit.js';
export { markdown } from './markdown.js';
export { sarif } from './sarif.js';
export { stylish } from './stylish.js';
export { countSeverities, type DiagnosticReport, type DiagnosticFormatter, type FormatOptions } from './diagnostic-report.js';
export { formatRuleTimings } from './rule-timings.js';
export type { RuleDescriptor } from './rule-descriptor.js';
