import type { Diagnostic, Severity } from '../index.js';

/** GitHub keeps 10 annotations per severity per step and silently drops the rest. */
export const annotationsPerSeverity = 10;

/** Which diagnostics to annotate, most severe first, and how many are left out. */
export interface AnnotationChoice {
  shown: Diagnostic[];
  hidden: number;
}

const order: Severity[] = ['error', 'warning', 'info'];

/**
 * Picks the diagnostics to annotate: errors, then warnings, then notes, at most 10 of each;
 * within a severity, findings on lines the pull request changed (`isChanged`) come first, then
 * the rest, each in file and line order. When some are left out, one notice slot is kept for
 * the line that says so.
 */
export function chooseAnnotations(diagnostics: readonly Diagnostic[], isChanged: (d: Diagnostic) => boolean = () => false): AnnotationChoice {
  const pick = (noteLimit: number) => {
    const shown = order.flatMap((severity) => {
      const limit = severity === 'info' ? noteLimit : annotationsPerSeverity;
      const ofSeverity = diagnostics.filter((d) => d.severity === severity);
      const changed = ofSeverity.filter(isChanged);
      return [...changed, ...ofSeverity.filter((d) => !isChanged(d))].slice(0, limit);
    });
    return { shown, hidden: diagnostics.length - shown.length };
  };
  const all = pick(annotationsPerSeverity);
  return all.hidden === 0 ? all : pick(annotationsPerSeverity - 1);
}
