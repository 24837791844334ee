import type { FieldChange } from '../../plan/index.js';

const maxValueLength = 120;

/** A field value as one line: JSON, cut at a readable length. */
export function formatValue(value: unknown): string {
  const text = JSON.stringify(value) ?? 'null';
  return text.length > maxValueLength ? `${text.slice(0, maxValueLength - 1)}…` : text;
}

/** `~ path: before -> after`, `+ path: after` or `- path: before`, never showing a sensitive value. */
export function describeField(field: FieldChange): { sign: '+' | '-' | '~'; text: string } {
  const added = !('before' in field) && 'after' in field;
  const removed = 'before' in field && !('after' in field);
  if (field.sensitive && !added && !removed) return { sign: '~', text: `${field.path}: (sensitive value changed)` };
  if (field.sensitive) return { sign: added ? '+' : '-', text: `${field.path}: (sensitive value)` };
  if (added) return { sign: '+', text: `${field.path}: ${formatValue(field.after)}` };
  if (removed) return { sign: '-', text: `${field.path}: ${formatValue(field.before)}` };
  return { sign: '~', text: `${field.path}: ${formatValue(field.before)} -> ${formatValue(field.after)}` };
}

/** Terraform's symbols for each action. */
export const actionSymbols = { create: '+', update: '~', replace: '-/+', delete: '-', unchanged: '=' } as const;

/** `Kind/name`, the short form rows use. */
export function objectLabel(change: { kind: string; name: string }): string {
  return `${change.kind}/${change.name}`;
}

/** The terraform-style summary line the issue asks for. */
export function summaryLine(summary: { create: number; update: number; replace: number; delete: number }): string {
  if (summary.create + summary.update + summary.replace + summary.delete === 0) return 'No changes. The manifests match the current state.';
  return `Plan: ${summary.create} to create, ${summary.update} to update, ${summary.replace} to replace, ${summary.delete} to delete.`;
}
