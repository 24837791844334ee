import type { JsonObject } from '../resources/index.js';

/**
 * Why a YAML document is not a Kubernetes object (and so is skipped with a note), if it is not.
 * A file's name is only a hint for documents without apiVersion and kind: a `values.yaml` or
 * `Chart.yaml` holding a Pod is checked like any other file.
 */
export function notAManifestReason(value: JsonObject, fileName: string): string | undefined {
  const apiVersion = typeof value.apiVersion === 'string' ? value.apiVersion : '';
  // these groups are tools' own configuration, never served by an API server
  if (apiVersion.startsWith('kind.x-k8s.io/')) return 'a kind cluster configuration';
  if (apiVersion.startsWith('kustomize.config.k8s.io/')) return 'a kustomization file';
  if (apiVersion.startsWith('helm.sh/')) return 'a Helm chart file';
  if (typeof value.apiVersion === 'string' && typeof value.kind === 'string') return undefined;
  if (/^kustomization\.ya?ml$/i.test(fileName)) return 'a kustomization file';
  // Chart.yaml has an apiVersion (v2) but no kind
  if (/^(Chart|values)(\.[\w-]+)?\.ya?ml$/.test(fileName)) return 'a Helm chart file';
  const isUntyped = value.apiVersion === undefined && value.kind === undefined;
  if (!isUntyped) return undefined;
  if ('services' in value && (/compose/i.test(fileName) || 'version' in value || 'volumes' in value)) return 'a Compose file';
  if ('jobs' in value && ('on' in value || 'true' in value)) return 'a GitHub Actions workflow';
  // a Kubernetes object without apiVersion and kind still has metadata or a spec; this has neither
  if (!('metadata' in value) && !('spec' in value) && !('data' in value)) return 'not a Kubernetes object (no apiVersion or kind)';
  return undefined;
}
