import path from 'node:path';
import { findingKey, isInside, type Diagnostic, type JsonPath, type LoadRestrictor, type RangeTarget, type SourceRange } from '../../resources/index.js';
import { kustomizeDiagnostic } from './kustomize-diagnostic.js';
import type { KustomizeFiles, PathKind, ReadRefusal } from '../kustomize-files.js';
import type { PositionedDocument } from '../load-documents.js';

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
    /** Where the build reads, confined: the disk under the run's root, or a git tree at a ref. */
    readonly reader: KustomizeFiles,
    readonly limits: BuildLimits,
    readonly loadRestrictor: LoadRestrictor = 'LoadRestrictionsRootOnly',
  ) {}

  name(file: string): string {
    return this.reader.displayName(file);
  }

  /** Reports a finding once (a base built twice, through two components, reports its problems once). */
  report(diagnostic: Diagnostic): void {
    const key = findingKey(diagnostic);
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.diagnostics.push(diagnostic);
  }

  /** Reports what kustomize would refuse in a kustomization (or a patch) as `kustomize/invalid-kustomization` at `at`. */
  invalid(at: SourceRange, message: string): void {
    this.report(kustomizeDiagnostic('invalid-kustomization', 'error', message, at));
  }

  /**
   * kustomize's default load restrictor: a file a kustomization reads (a resource, patch or
   * generator file) lies in or below the kustomization's folder, links resolved; folders (bases,
   * components) may lie anywhere. A file outside is reported at `at`, and still read, so the rest
   * of the build is checked as written.
   */
  checkLoadRestriction(kustomizationDir: string, file: string, at: SourceRange): void {
    if (this.loadRestrictor === 'LoadRestrictionsNone') return;
    const real = (where: string) => this.reader.realPath(where) ?? path.resolve(where);
    // the file's own links resolved too: a link in the folder to a file outside it is outside
    if (isInside(real(kustomizationDir), path.dirname(real(file)))) return;
    const message = "kustomize refuses to read a file outside the kustomization's folder (its default load restrictor, LoadRestrictionsRootOnly); if you build with --load-restrictor LoadRestrictionsNone, as Flux does, set kustomizeLoadRestrictor: LoadRestrictionsNone in .drydock.yaml";
    this.report(kustomizeDiagnostic('load-restricted', 'error', message, at));
  }

  /**
   * What `file` is, as input may learn it: a path input may not read counts as a file, so that
   * whether a link's target exists is never told.
   */
  kindSeenByInput(file: string): PathKind {
    return this.reader.refusal(file) !== undefined ? 'file' : this.reader.kindOf(file);
  }

  /** Whether input may lead to `file`; reports `input/outside-root` at `at` when it may not. */
  mayRead(file: string, at: SourceRange): boolean {
    const why = this.reader.refusal(file);
    if (why === undefined) return true;
    this.report({ ruleId: 'input/outside-root', messageId: 'outside-root', severity: 'warning', message: refusalMessages[why], range: at });
    return false;
  }
}

const refusalMessages: Record<ReadRefusal, string> = {
  outside: "not read: this kustomization entry leads outside the run's root (see --root); drydock reads nothing there",
  'git-dir': 'not read: this kustomization entry leads into a .git folder; drydock reads nothing there',
  link: 'not read: this kustomization entry is, or leads through, a link or a submodule of the git ref; drydock follows neither there',
};

/** One kustomization file as read: its value and positions. */
export interface Kustomization {
  dir: string;
  file: string;
  value: Record<string, unknown>;
  document: PositionedDocument;
  at(path: JsonPath, target?: RangeTarget): SourceRange;
  /** The decoded text's lines (split once, when first asked), for patches written inline. */
  lines(): readonly string[];
}

/** The entries of a list field of `kustomization`: none when it is unset or null, none and a finding when it is not a list. */
export function listField(context: BuildContext, kustomization: Kustomization, field: string): unknown[] {
  const found = kustomization.value[field];
  if (found === undefined || found === null) return [];
  if (Array.isArray(found)) return found;
  context.invalid(kustomization.at([field]), `${field} must be a list`);
  return [];
}
