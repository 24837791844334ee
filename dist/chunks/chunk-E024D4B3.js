import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  clusterDiagnostic,
  clusterFileModel,
  isClusterFile,
  kindClusterModel,
  maxModelNodes,
  nodesFromDump,
  runningPodsFromDump
} from "./chunk-7A909C19.js";
import {
  loadFile
} from "./chunk-6BE7FF14.js";
import {
  DrydockError,
  plural
} from "./chunk-084AE718.js";

// src/run/load-cluster.ts
import path from "node:path";
async function loadClusterModel(paths, options) {
  const cwd = options.cwd ?? process.cwd();
  const diagnostics = [];
  const resources = [];
  for (const given of paths) {
    const loaded = await loadFile(path.resolve(cwd, given), given, { keepNonManifests: true });
    for (const resource of loaded.resources) resources.push(resource);
    for (const diagnostic of loaded.diagnostics) diagnostics.push(diagnostic);
  }
  if (diagnostics.some((d) => d.severity === "error")) return { diagnostics };
  const kindConfigs = resources.filter((r) => r.apiVersion.startsWith("kind.x-k8s.io/") && r.kind === "Cluster");
  const clusterFiles = resources.filter(isClusterFile);
  const nodes = resources.filter((r) => r.kind === "Node");
  const pods = resources.filter((r) => r.kind === "Pod");
  const sources = [kindConfigs.length > 0, clusterFiles.length > 0, nodes.length > 0].filter(Boolean).length;
  if (sources !== 1 || kindConfigs.length > 1 || clusterFiles.length > 1) {
    const found = `${plural(kindConfigs.length, "kind config", "kind configs")}, ${plural(clusterFiles.length, "cluster file", "cluster files")} and ${plural(nodes.length, "Node", "Nodes")}`;
    throw new DrydockError("usage", `--cluster: give one kind config, one drydock cluster file, or a kubectl get nodes dump (found ${found} in ${paths.join(", ")})`);
  }
  const [kindConfig] = kindConfigs;
  const [clusterFile] = clusterFiles;
  let built;
  if (kindConfig) built = kindClusterModel(kindConfig, { nodeCapacity: options.nodeCapacity });
  else if (clusterFile) built = clusterFileModel(clusterFile);
  else {
    const dump = nodesFromDump(nodes);
    built = { diagnostics: dump.diagnostics, model: dump.diagnostics.length > 0 ? void 0 : { nodes: dump.nodes, runningPods: [], describedAs: `nodes dump (${plural(dump.nodes.length, "node", "nodes")})` } };
  }
  for (const diagnostic of built.diagnostics) diagnostics.push(diagnostic);
  if (!built.model) return { diagnostics };
  if (built.model.nodes.length > maxModelNodes) {
    const at = kindConfig ?? clusterFile ?? nodes[maxModelNodes];
    const message = `the cluster model has ${built.model.nodes.length} nodes, more than the ${maxModelNodes} drydock models (the most Kubernetes supports in one cluster)`;
    diagnostics.push(clusterDiagnostic(at, at === nodes[maxModelNodes] ? [] : ["nodes"], message));
    return { diagnostics };
  }
  const running = runningPodsFromDump(pods);
  const model = running.length === 0 ? built.model : { ...built.model, runningPods: [...built.model.runningPods, ...running], describedAs: `${built.model.describedAs}, ${plural(running.length, "running Pod", "running Pods")}` };
  return { model, diagnostics };
}

export {
  loadClusterModel
};
