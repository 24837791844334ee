import path from 'node:path';
import { loadFile } from '../load/index.js';
import { clusterDiagnostic, clusterFileModel, isClusterFile, maxModelNodes, kindClusterModel, nodesFromDump, runningPodsFromDump, type ClusterModel } from '../plan/index.js';
import { DrydockError, plural, type Diagnostic, type KubernetesVersion, type Resource } from '../resources/index.js';

/** How to read a cluster model. */
export interface LoadClusterOptions {
  /** Each kind node's allocatable, `cpu=4,memory=8Gi,pods=110` (kind nodes report the host's). */
  nodeCapacity?: string;
  /** The target version; the model itself does not depend on it yet (schedulePods words its messages). */
  kubernetesVersion: KubernetesVersion;
  /** Paths are relative to this (default: the working directory). */
  cwd?: string;
}

/**
 * Reads a cluster model from `paths`: a kind config (`kind.x-k8s.io/v1alpha4` Cluster), a
 * drydock cluster file (`drydock.dev/v1` Cluster), or `kubectl get nodes -o yaml` dumps,
 * optionally with `kubectl get pods -A -o yaml` dumps whose bound Pods count as usage. YAML
 * problems (duplicate keys, tabs...) come back as diagnostics with positions; when any is an
 * error there is no model, so a broken file is never half-read.
 */
export async function loadClusterModel(paths: readonly string[], options: LoadClusterOptions): Promise<{ model?: ClusterModel; diagnostics: Diagnostic[] }> {
  const cwd = options.cwd ?? process.cwd();
  const diagnostics: Diagnostic[] = [];
  const resources: Resource[] = [];
  for (const given of paths) {
    const loaded = await loadFile(path.resolve(cwd, given), given, { keepNonManifests: true });
    for (const resource of loaded.resources) resources.push(resource);
    for (const diagnostic of loaded.diagnostics) diagnostics.push(diagnostic);
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  const kindConfigs = resources.filter((r) => r.apiVersion.startsWith('kind.x-k8s.io/') && r.kind === 'Cluster');
  const clusterFiles = resources.filter(isClusterFile);
  const nodes = resources.filter((r) => r.kind === 'Node');
  const pods = resources.filter((r) => r.kind === 'Pod');
  const sources = [kindConfigs.length > 0, clusterFiles.length > 0, nodes.length > 0].filter(Boolean).length;
  if (sources !== 1 || kindConfigs.length > 1 || clusterFiles.length > 1) {
    const found = `${plural(kindConfigs.length, 'kind config', 'kind configs')}, ${plural(clusterFiles.length, 'cluster file', 'cluster files')} and ${plural(nodes.length, 'Node', 'Nodes')}`;
    throw new DrydockError('usage', `--cluster: give one kind config, one drydock cluster file, or a kubectl get nodes dump (found ${found} in ${paths.join(', ')})`);
  }
  // at most one of each now
  const [kindConfig] = kindConfigs;
  const [clusterFile] = clusterFiles;
  let built: { model?: ClusterModel; diagnostics: Diagnostic[] };
  if (kindConfig) built = kindClusterModel(kindConfig, { nodeCapacity: options.nodeCapacity });
  else if (clusterFile) built = clusterFileModel(clusterFile);
  else {
    const dump = nodesFromDump(nodes);
    built = { diagnostics: dump.diagnostics, model: dump.diagnostics.length > 0 ? undefined : { nodes: dump.nodes, runningPods: [], describedAs: `nodes dump (${plural(dump.nodes.length, 'node', 'nodes')})` } };
  }
  for (const diagnostic of built.diagnostics) diagnostics.push(diagnostic);
  if (!built.model) return { diagnostics };
  if (built.model.nodes.length > maxModelNodes) {
    // a dump makes at most one model node per Node, so the first Node too many is there
    const at = kindConfig ?? clusterFile ?? nodes[maxModelNodes]!;
    const message = `the cluster model has ${built.model.nodes.length} nodes, more than the ${maxModelNodes} drydock models (the most Kubernetes supports in one cluster)`;
    diagnostics.push(clusterDiagnostic(at, at === nodes[maxModelNodes] ? [] : ['nodes'], message));
    return { diagnostics };
  }
  const running = runningPodsFromDump(pods);
  const model = running.length === 0 ? built.model : { ...built.model, runningPods: [...built.model.runningPods, ...running], describedAs: `${built.model.describedAs}, ${plural(running.length, 'running Pod', 'running Pods')}` };
  return { model, diagnostics };
}
