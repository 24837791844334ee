import type { Diagnostic, Severity, SourceRange } from '../../resources/index.js';
/** The `kustomize/<code>` findings of a build (docs/diagnostics.md lists them). */
export type KustomizeCode = 'missing-resource' | 'cycle' | 'patch-matches-nothing' | 'patch-failed' | 'invalid-kustomization' | 'unsupported-field' | 'remote-resource' | 'component-not-used' | 'too-large' | 'duplicate-resource' | 'load-restricted';
/** A finding about a kustomization, at the line of the kustomization (or patch) that causes it. */
export declare function kustomizeDiagnostic(code: KustomizeCode, severity: Severity, message: string, range: SourceRange): Diagnostic;
