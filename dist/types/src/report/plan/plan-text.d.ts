import { type Diagnostic } from '../../resources/index.js';
import { type Palette } from '../colors.js';
import type { PlanFormatter } from './plan-report.js';
/** `file:line:col  severity  message  rule`, the way the findings section lists them. */
export declare function findingLines(diagnostics: readonly Diagnostic[], palette: Palette): string[];
/**
 * The terraform-like plan for a terminal: a table in apply order, then each change's field diff.
 * Names, paths and messages are shown on one line, and the output is made inert for a GitHub
 * runner that prints it.
 */
export declare const planText: PlanFormatter;
