import path from 'node:path';
import { findingKey, type Diagnostic, type JsonPath, type RangeTarget, type SourceRange } from '../../resources/index.js';
import { displayName } from '../find-files.js';
import type { PositionedDocument } from '../load-documents.js';
import { confinementOf, realFolderOf, realOrUndefined } from '../root.js';

/** Bounds on what one build may do: kustomizations are input, and input may be hostile. */
export interface BuildLimits {
  /** Kustomizations nested inside each other. */
  maxDepth: number;
  /** Objects in one build. */
  maxObjects: number;
}

export const defaultLimits: BuildLimits = { maxDepth: 32, maxObjects: 20_000 };

/** The state of one build: where reads may go, what was read, and the findings so far. */
export class BuildContext {
  readonly diagnostics: Diagnostic[] = [];
  /** Every file the build read (absolute paths). */
  readonly files = new Set<string>();
  /** The folders of every kustomization and component it built (absolute). */
  readonly folders = new Set<string>();
  /** The `kind` of each folder's kustomization file (`Kustomization` when unset). */
  readonly kinds = new Map<string, string>();
  objectCount = 0;
  private readonly reported = new Set<string>();

  constructor(
    readonly root: string,
    readonly cwd: string,
    readonly limits: BuildLimits,
  ) {}

  name(file: string): string {
    return displayName(file, this.cwd);
  }

  /** Reports a finding once (a base built twice, through two components, reports its problems once). */
  report(diagnostic: Diagnostic): void {
    const key = findingKey(diagnostic);
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.diagnostics.push(diagnostic);
  }

  /** Whether input may lead to `file`; reports `input/outside-root` at `at` when it may not. */
  mayRead(file: string, at: SourceRange): boolean {
    const real = realOrUndefined(file) ?? realFolderOf(file) ?? path.resolve(file);
    const why = confinementOf(this.root, real);
    if (why === undefined) return true;
    const where = why === 'git-dir' ? 'into a .git folder' : "outside the run's root (see --root)";
    this.report({ ruleId: 'input/outside-root', messageId: 'outside-root', severity: 'warning', message: `not read: this kustomization entry leads ${where}; drydock reads nothing there`, range: at });
    return false;
  }
}

/** One kustomization file as read: its value and positions. */
export interface Kustomization {
  dir: string;
  file: string;
  value: Record<string, unknown>;
  document: PositionedDocument;
  at(path: JsonPath, target?: RangeTarget): SourceRange;
  /** The decoded text, for patches written inline. */
  text: string;
}
