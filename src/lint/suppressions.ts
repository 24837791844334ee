import { isObject, podTemplatePath, valueAt, type CommentDirective, type Diagnostic, type Resource } from '../resources/index.js';
import type { Rule } from './rule-api.js';

/** A suppression comment that silenced nothing, for `--report-unused-disable-directives`. */
export interface UnusedDirective {
  resource: Resource;
  /** The file the comment is in (a kustomize patch's, or the resource's own). */
  file: string;
  line: number;
  rules: readonly string[];
}

/**
 * Decides which findings a resource's owners switched off: the `drydock.dev/ignore` annotation
 * (`"rule-a,rule-b"` or `"*"`, on the object or its pod template), the peers' own exemption
 * annotations for the same check, and `# drydock-disable` comments. It remembers which comments
 * silenced something, for `--report-unused-disable-directives`.
 */
export class Suppressions {
  private readonly used = new Set<string>();

  constructor(private readonly rulesById: ReadonlyMap<string, Rule<string, unknown>>) {}

  /** Whether the finding `d` about `resource` is reported. */
  keeps(d: Diagnostic, resource: Resource): boolean {
    // most resources have nothing that suppresses anything
    if (resource.directives === undefined && !hasSuppressingAnnotations(resource)) return true;
    if (isIgnoredByAnnotation(resource, d.ruleId, this.rulesById.get(d.ruleId))) return false;
    for (const directive of resource.directives ?? []) {
      const names = directive.rules.length === 0 || directive.rules.includes(d.ruleId);
      if (names && appliesTo(directive, d, resource)) {
        this.used.add(`${directive.file ?? resource.source.file}:${directive.line}`);
        return false;
      }
    }
    return true;
  }

  /** The comments of `resources` that silenced nothing so far. */
  unused(resources: Iterable<Resource>): UnusedDirective[] {
    const unused: UnusedDirective[] = [];
    const reported = new Set<string>();
    for (const resource of resources) {
      for (const directive of resource.directives ?? []) {
        const file = directive.file ?? resource.source.file;
        const key = `${file}:${directive.line}`;
        if (this.used.has(key) || reported.has(key)) continue;
        reported.add(key);
        unused.push({ resource, file, line: directive.line, rules: directive.rules });
      }
    }
    return unused;
  }
}

/**
 * Whether a comment reaches the finding `d`: a next-line comment names a line of its own file (a
 * kustomize build's finding may lie in a base or a patch file); a whole-document comment covers
 * its resource, or, in a patch, only the findings in the patch document's lines.
 */
function appliesTo(directive: CommentDirective, d: Diagnostic, resource: Resource): boolean {
  const file = directive.file ?? resource.source.file;
  if (directive.targetLine !== undefined) return directive.targetLine === d.range.start.line && d.range.file === file;
  const { lines } = directive;
  return lines === undefined || (d.range.file === file && d.range.start.line >= lines.first && d.range.start.line <= lines.last);
}

const suppressingAnnotations = new WeakMap<Resource, boolean>();

/** Whether any annotation of the resource (or its pod template) is one that can switch a rule off. */
function hasSuppressingAnnotations(resource: Resource): boolean {
  let has = suppressingAnnotations.get(resource);
  if (has === undefined) {
    has = annotationSets(resource).some((annotations) => Object.keys(annotations).some(isSuppressingKey));
    suppressingAnnotations.set(resource, has);
  }
  return has;
}

function isSuppressingKey(key: string): boolean {
  return key === 'drydock.dev/ignore' || key === 'kube-score/ignore' || key.startsWith('kube-linter.io/') || key.startsWith('ignore-check.kube-linter.io/') || key.startsWith('polaris.fairwinds.com/');
}

/** Whether the resource's annotations switch `ruleId` off for it. */
export function isIgnoredByAnnotation(resource: Resource, ruleId: string, rule: Rule<string, unknown> | undefined): boolean {
  for (const annotations of annotationSets(resource)) {
    const own = annotations['drydock.dev/ignore'];
    if (typeof own === 'string' && listNames(own, ruleId)) return true;
    if (!rule?.peers) continue;
    const { kubeLinter, kubeScore, polaris } = rule.peers;
    if (annotations['kube-linter.io/ignore-all'] !== undefined) return true;
    if (kubeLinter && annotations[`ignore-check.kube-linter.io/${kubeLinter}`] !== undefined) return true;
    if (kubeScore && typeof annotations['kube-score/ignore'] === 'string' && listNames(annotations['kube-score/ignore'], kubeScore)) return true;
    if (annotations['polaris.fairwinds.com/exempt'] === 'true') return true;
    if (polaris && annotations[`polaris.fairwinds.com/${polaris}-exempt`] === 'true') return true;
  }
  return false;
}

function listNames(list: string, id: string): boolean {
  return list.split(',').some((item) => item.trim() === id || item.trim() === '*');
}

function annotationSets(resource: Resource): Record<string, unknown>[] {
  const sets: Record<string, unknown>[] = [];
  const own = valueAt(resource.object, ['metadata', 'annotations']);
  if (isObject(own)) sets.push(own);
  const template = podTemplatePath(resource.kind);
  if (template && template.length > 0) {
    const nested = valueAt(resource.object, [...template, 'metadata', 'annotations']);
    if (isObject(nested)) sets.push(nested);
  }
  return sets;
}
