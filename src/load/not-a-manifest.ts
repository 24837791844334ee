import type { JsonObject } from '../resources/index.js';

/** Why a YAML document is not a Kubernetes object (and so is skipped with a note), if it is not. */
export function notAManifestReason(value: JsonObject, fileName: string): string | undefined {
  const apiVersion = typeof value.apiVersion === 'string' ? value.apiVersion : '';
  const kind = value.kind;
  if (apiVersion.startsWith('kind.x-k8s.io/')) return 'a kind cluster configuration';
  if (apiVersion.startsWith('kustomize.config.k8s.io/') || /^kustomization\.ya?ml$/i.test(fileName)) {
    return 'a kustomization file';
  }
  if (apiVersion.startsWith('helm.sh/') || /^(Chart|values)(\.[\w-]+)?\.ya?ml$/.test(fileName)) return 'a Helm chart file';
  const isUntyped = value.apiVersion === undefined && kind === undefined;
  if (!isUntyped) return undefined;
  if ('services' in value && (/compose/i.test(fileName) || 'version' in value || 'volumes' in value)) return 'a Compose file';
  if ('jobs' in value && ('on' in value || 'true' in value)) return 'a GitHub Actions workflow';
  // a Kubernetes object without apiVersion and kind still has metadata or a spec; this has neither
  if (!('metadata' in value) && !('spec' in value) && !('data' in value)) return 'not a Kubernetes object (no apiVersion or kind)';
  return undefined;
}

// Helm's own objects and functions; a bare `{{ $labels.x }}` is a Prometheus template in a string
const helmTemplate = /\{\{-?\s*(\.Values|\.Release|\.Chart|\.Capabilities|\.Files|include\s|template\s|toYaml|tpl\s|define\s)/;

/** Whether a text is a Helm chart template (not YAML until rendered). */
export function looksLikeHelmTemplate(text: string): boolean {
  return text.includes('{{') && helmTemplate.test(text);
}
