import { createHash } from 'node:crypto';
import type { Diagnostic, JsonPath, RangeTarget, SourceRange } from '../../../resources/index.js';

/** What a generator is given: the kustomization, its folder and file, a confined reader and the kustomization's positions. */
export interface GeneratorArgs {
  kustomization: Record<string, unknown>;
  dir: string;
  kustomizationFile: string;
  /** The text of a file named by the kustomization (relative to `dir`), or undefined when it cannot or may not be read. */
  readText(file: string): string | undefined;
  rangeOf(path: JsonPath): SourceRange;
}

/** One generated object and what kustomize does with it. */
export interface GeneratedObject {
  object: Record<string, unknown>;
  rangeOf(path: JsonPath, target?: RangeTarget): SourceRange;
  behavior: 'create' | 'merge' | 'replace';
  hashSuffix: boolean;
}

const generatorFields = ['configMapGenerator', 'secretGenerator'] as const;

/**
 * Runs configMapGenerator and secretGenerator. Not built yet on this branch: each generator
 * field gets a note, so a build never silently lacks what it generates.
 */
export function runGenerators(args: GeneratorArgs): { objects: GeneratedObject[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  for (const field of generatorFields) {
    if (args.kustomization[field] === undefined) continue;
    diagnostics.push({
      ruleId: 'kustomize/unsupported-field',
      messageId: 'unsupported-field',
      severity: 'warning',
      message: `not built yet: drydock does not run ${field}, so the objects it would generate are not checked`,
      range: args.rangeOf([field]),
    });
  }
  return { objects: [], diagnostics };
}

/** The suffix kustomize appends to a generated object's name: a hash of its content. */
export function nameHash(object: Record<string, unknown>): string {
  return createHash('sha256').update(JSON.stringify(object)).digest('hex').slice(0, 10);
}
