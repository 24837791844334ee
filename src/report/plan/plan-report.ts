import type { Plan } from '../../plan/index.js';
import type { Diagnostic } from '../../resources/index.js';

/** What the plan formatters print: the plan (absent when validation stopped it) and every finding. */
export interface PlanReport {
  plan?: Plan;
  diagnostics: readonly Diagnostic[];
  kubernetesVersion: string;
}

export interface PlanFormatOptions {
  color?: boolean;
}

export type PlanFormatter = (report: PlanReport, options: PlanFormatOptions) => string;
