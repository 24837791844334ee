import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  formatUnits,
  toUnits
} from "./chunk-OVJKESQO.js";
import {
  loadFile
} from "./chunk-5RAZSDAB.js";
import {
  DrydockError,
  isObject,
  labelsOf,
  parseQuantity,
  valueAt
} from "./chunk-6GIETJWD.js";

// src/run/load-cluster.ts
import path from "node:path";

// src/plan/cluster/cluster-model.ts
var maxModelNodes = 5e3;
var taintEffects = ["NoSchedule", "PreferNoSchedule", "NoExecute"];
function isTaintEffect(value) {
  return typeof value === "string" && taintEffects.includes(value);
}

// src/plan/cluster/cluster-diagnostic.ts
function clusterDiagnostic(resource, path2, message) {
  return {
    ruleId: "input/cluster-invalid",
    messageId: "cluster-invalid",
    severity: "error",
    message,
    range: resource.rangeOf(path2),
    path: path2
  };
}

// src/plan/cluster/fixed-pod.ts
function fixedPod(name, namespace, node, requests) {
  return {
    name,
    namespace,
    labels: {},
    spec: { nodeName: node, tolerations: [{ operator: "Exists" }], containers: [{ name, resources: { requests } }] },
    owner: { apiVersion: "v1", kind: "Pod", name, namespace },
    status: "Scheduled",
    node
  };
}

// src/plan/cluster/kubelet-flags.ts
function parseNodeLabels(text) {
  const out = {};
  for (const entry of text.split(",").map((e) => e.trim()).filter(Boolean)) {
    const at = entry.indexOf("=");
    if (at > 0) out[entry.slice(0, at)] = entry.slice(at + 1);
  }
  return out;
}
function parseTaintList(text) {
  const out = [];
  for (const entry of text.split(",").map((e) => e.trim()).filter(Boolean)) {
    const colon = entry.lastIndexOf(":");
    const effect = entry.slice(colon + 1);
    if (colon <= 0 || !isTaintEffect(effect)) continue;
    const [key, value] = entry.slice(0, colon).split("=", 2);
    out.push(value === void 0 ? { key, effect } : { key, value, effect });
  }
  return out;
}

// src/plan/cluster/kind-patches.ts
function readKubeadmPatches(patches) {
  const out = { labels: {}, taints: [] };
  if (!Array.isArray(patches)) return out;
  for (const patch of patches) {
    if (typeof patch !== "string") continue;
    for (const value of argumentValues(patch, "node-labels")) Object.assign(out.labels, parseNodeLabels(value));
    for (const value of argumentValues(patch, "register-with-taints")) {
      for (const item of parseTaintList(value)) out.taints.push(item);
    }
    for (const item of registrationTaints(patch)) out.taints.push(item);
    const maxPods = /^[ \t]*maxPods:[ \t]*(\d+)[^\S\n]*$/m.exec(patch);
    if (maxPods) out.maxPods = Number(maxPods[1]);
  }
  return out;
}
function unquote(text) {
  const trimmed = text.trim();
  return /^(["']).*\1$/.test(trimmed) ? trimmed.slice(1, -1) : trimmed;
}
function argumentValues(patch, name) {
  const out = [];
  const mapForm = new RegExp(`^[ \\t]*${name}:\\s*(.+)$`, "gm");
  for (const match of patch.matchAll(mapForm)) out.push(unquote(match[1]));
  const listForm = new RegExp(`name:\\s*["']?${name}["']?[^\\S\\n]*\\n\\s*value:\\s*(.+)$`, "gm");
  for (const match of patch.matchAll(listForm)) out.push(unquote(match[1]));
  return out;
}
function registrationTaints(patch) {
  const out = [];
  const block = /^([ \t]*)taints:(?:[^\S\n]*\n)+((?:\1\s*-.*\n?|\1\s+\w+:.*\n?)*)/m.exec(patch);
  if (!block) return out;
  for (const item of block[2].split(/^[^\S\n]*-\s*/m).filter((s) => s.trim() !== "")) {
    const field = (name) => {
      const match = new RegExp(`${name}:\\s*([^,}\\n]*)`).exec(item);
      return match ? unquote(match[1]) : void 0;
    };
    const key = field("key");
    const effect = field("effect");
    if (!key || !isTaintEffect(effect)) continue;
    const value = field("value");
    out.push(value ? { key, value, effect } : { key, effect });
  }
  return out;
}

// src/plan/cluster/node-capacity.ts
var defaultNodeCapacity = "cpu=8,memory=16Gi,pods=110,ephemeral-storage=100Gi";
function parseNodeCapacity(text = defaultNodeCapacity) {
  return { ...parseEntries(defaultNodeCapacity), ...parseEntries(text) };
}
function parseEntries(text) {
  const out = {};
  for (const entry of text.split(",").map((e) => e.trim()).filter(Boolean)) {
    const [name, value, ...rest] = entry.split("=");
    const quantity = parseQuantity(value?.trim());
    if (!name || rest.length > 0 || !quantity || quantity.mantissa < 0n) {
      throw new DrydockError("usage", `--node-capacity: "${entry}" is not <resource>=<quantity> (e.g. cpu=4,memory=8Gi,pods=110)`);
    }
    out[name.trim()] = quantity;
  }
  return out;
}

// src/plan/cluster/kind-cluster.ts
var controlPlaneTaintKey = "node-role.kubernetes.io/control-plane";
function kindClusterModel(resource, options = {}) {
  const config = resource.object;
  const diagnostics = [];
  const clusterName = typeof config.name === "string" && config.name !== "" ? config.name : "kind";
  const declared = config.nodes ?? [{ role: "control-plane" }];
  if (!Array.isArray(declared)) {
    return { diagnostics: [clusterDiagnostic(resource, ["nodes"], "nodes must be a list of nodes (`- role: worker`), not a mapping")] };
  }
  const capacity = parseNodeCapacity(options.nodeCapacity ?? defaultNodeCapacity);
  const clusterPatches = readKubeadmPatches(config.kubeadmConfigPatches);
  const counters = { "control-plane": 0, worker: 0 };
  const nodes = [];
  declared.forEach((entry, index) => {
    if (!isObject(entry)) {
      diagnostics.push(clusterDiagnostic(resource, ["nodes", index], "each node is a mapping with a role"));
      return;
    }
    const role = entry.role ?? "control-plane";
    if (role !== "control-plane" && role !== "worker") {
      diagnostics.push(clusterDiagnostic(resource, ["nodes", index, "role"], `role must be control-plane or worker, not ${JSON.stringify(role)}`));
      return;
    }
    counters[role] += 1;
    const name = `${clusterName}-${role}${counters[role] === 1 ? "" : counters[role]}`;
    nodes.push(kindNode(name, role, entry, clusterPatches.maxPods, capacity));
  });
  if (diagnostics.length > 0) return { diagnostics };
  if (nodes.length === 1) {
    nodes[0].taints = nodes[0].taints.filter((t) => t.key !== controlPlaneTaintKey);
    delete nodes[0].labels["node.kubernetes.io/exclude-from-external-load-balancers"];
  }
  const cpu = describeQuantity("cpu", capacity.cpu);
  const memory = describeQuantity("memory", capacity.memory);
  return {
    model: {
      nodes,
      runningPods: kindSystemPods(nodes),
      describedAs: `kind cluster "${clusterName}" (${nodes.length} node(s), each ${cpu} CPU / ${memory} memory; kind's system Pods estimated)`
    },
    diagnostics
  };
}
function kindNode(name, role, entry, clusterMaxPods, capacity) {
  const patches = readKubeadmPatches(entry.kubeadmConfigPatches);
  const labels = {
    "beta.kubernetes.io/arch": "amd64",
    "beta.kubernetes.io/os": "linux",
    "kubernetes.io/arch": "amd64",
    "kubernetes.io/hostname": name,
    "kubernetes.io/os": "linux"
  };
  const taints = [];
  if (role === "control-plane") {
    labels[controlPlaneTaintKey] = "";
    labels["node.kubernetes.io/exclude-from-external-load-balancers"] = "";
    taints.push({ key: controlPlaneTaintKey, effect: "NoSchedule" });
  }
  Object.assign(labels, labelsOf(entry.labels), patches.labels);
  taints.push(...patches.taints);
  const allocatable = { ...capacity };
  const maxPods = patches.maxPods ?? clusterMaxPods;
  if (maxPods !== void 0) allocatable.pods = { mantissa: BigInt(maxPods), exponent: 0 };
  return { name, labels, taints, allocatable, unschedulable: false, ready: true };
}
function kindSystemPods(nodes) {
  const pods = nodes.map((node) => fixedPod(`kindnet-${node.name}`, "kube-system", node.name, { cpu: "100m", memory: "50Mi" }));
  const first = nodes.find((n) => controlPlaneTaintKey in n.labels) ?? nodes[0];
  if (!first) return pods;
  const controlPlane = [
    [`etcd-${first.name}`, { cpu: "100m", memory: "100Mi" }],
    [`kube-apiserver-${first.name}`, { cpu: "250m" }],
    [`kube-controller-manager-${first.name}`, { cpu: "200m" }],
    [`kube-scheduler-${first.name}`, { cpu: "100m" }],
    ["coredns-0", { cpu: "100m", memory: "70Mi" }],
    ["coredns-1", { cpu: "100m", memory: "70Mi" }]
  ];
  for (const [name, requests] of controlPlane) pods.push(fixedPod(name, "kube-system", first.name, requests));
  return pods;
}
function describeQuantity(name, quantity) {
  return quantity ? formatUnits(name, toUnits(name, quantity)) : "?";
}

// src/plan/cluster/nodes-dump.ts
function nodesFromDump(resources) {
  const nodes = [];
  const diagnostics = [];
  for (const resource of resources) {
    if (resource.name === "") {
      diagnostics.push(clusterDiagnostic(resource, ["metadata", "name"], "a Node needs metadata.name"));
      continue;
    }
    const allocatable = quantitiesAt(resource, ["status", "allocatable"], diagnostics);
    const taints = taintsAt(resource, ["spec", "taints"], diagnostics);
    const ready = readyCondition(resource);
    if (!ready && !taints.some((t) => t.key === "node.kubernetes.io/not-ready")) {
      taints.push({ key: "node.kubernetes.io/not-ready", effect: "NoSchedule" });
    }
    nodes.push({
      name: resource.name,
      labels: { ...labelsOf(valueAt(resource.object, ["metadata", "labels"])) },
      taints,
      allocatable,
      unschedulable: valueAt(resource.object, ["spec", "unschedulable"]) === true,
      ready
    });
  }
  return { nodes, diagnostics };
}
function readyCondition(resource) {
  const conditions = valueAt(resource.object, ["status", "conditions"]);
  if (!Array.isArray(conditions)) return true;
  const ready = conditions.find((c) => isObject(c) && c.type === "Ready");
  return !isObject(ready) || ready.status === "True";
}
function quantitiesAt(resource, path2, diagnostics) {
  const value = valueAt(resource.object, path2);
  const out = {};
  if (value === void 0) return out;
  if (!isObject(value)) {
    diagnostics.push(clusterDiagnostic(resource, path2, "allocatable must map resource names to quantities"));
    return out;
  }
  for (const [name, amount] of Object.entries(value)) {
    const quantity = parseQuantity(amount);
    if (quantity && quantity.mantissa >= 0n) out[name] = quantity;
    else diagnostics.push(clusterDiagnostic(resource, [...path2, name], `${name}: ${JSON.stringify(amount)} is not a quantity (e.g. 4, 500m, 16Gi)`));
  }
  return out;
}
function taintsAt(resource, path2, diagnostics) {
  const value = valueAt(resource.object, path2);
  if (value === void 0 || value === null) return [];
  if (!Array.isArray(value)) {
    diagnostics.push(clusterDiagnostic(resource, path2, "taints must be a list of {key, value, effect}"));
    return [];
  }
  const out = [];
  value.forEach((taint, index) => {
    if (!isObject(taint) || typeof taint.key !== "string" || taint.key === "") {
      diagnostics.push(clusterDiagnostic(resource, [...path2, index], "a taint needs a key"));
    } else if (!isTaintEffect(taint.effect)) {
      diagnostics.push(clusterDiagnostic(resource, [...path2, index, "effect"], "effect must be NoSchedule, PreferNoSchedule or NoExecute"));
    } else {
      out.push(typeof taint.value === "string" && taint.value !== "" ? { key: taint.key, value: taint.value, effect: taint.effect } : { key: taint.key, effect: taint.effect });
    }
  });
  return out;
}

// src/plan/cluster/running-pods.ts
function runningPodsFromDump(resources) {
  const out = [];
  for (const resource of resources) {
    const spec = resource.object.spec;
    if (!isObject(spec) || typeof spec.nodeName !== "string" || spec.nodeName === "") continue;
    const phase = valueAt(resource.object, ["status", "phase"]);
    if (phase === "Succeeded" || phase === "Failed") continue;
    const namespace = resource.namespace ?? "default";
    out.push({
      name: resource.name,
      namespace,
      labels: labelsOf(valueAt(resource.object, ["metadata", "labels"])),
      spec,
      owner: ownerOf(resource, namespace),
      status: "Scheduled",
      node: spec.nodeName
    });
  }
  return out;
}
function ownerOf(resource, namespace) {
  const references = valueAt(resource.object, ["metadata", "ownerReferences"]);
  const controller = Array.isArray(references) ? references.find((r) => isObject(r) && r.controller === true) : void 0;
  if (isObject(controller) && typeof controller.kind === "string" && typeof controller.name === "string") {
    return { apiVersion: typeof controller.apiVersion === "string" ? controller.apiVersion : "", kind: controller.kind, name: controller.name, namespace };
  }
  return { apiVersion: "v1", kind: "Pod", name: resource.name, namespace };
}

// src/plan/cluster/cluster-file.ts
var clusterFileApiVersion = "drydock.dev/v1";
var topLevelFields = /* @__PURE__ */ new Set(["apiVersion", "kind", "metadata", "nodes"]);
var nodeFields = /* @__PURE__ */ new Set(["name", "count", "labels", "taints", "unschedulable", "allocatable", "reserved"]);
function isClusterFile(resource) {
  return resource.apiVersion === clusterFileApiVersion && resource.kind === "Cluster";
}
function clusterFileModel(resource) {
  const diagnostics = [];
  for (const key of Object.keys(resource.object)) {
    if (!topLevelFields.has(key)) diagnostics.push(clusterDiagnostic(resource, [key], `unknown field "${key}" (a cluster file has apiVersion, kind, metadata, nodes)`));
  }
  const entries = resource.object.nodes;
  if (!Array.isArray(entries) || entries.length === 0) {
    return { diagnostics: [...diagnostics, clusterDiagnostic(resource, ["nodes"], "nodes must be a non-empty list of nodes")] };
  }
  const nodes = [];
  const runningPods = [];
  const seen = /* @__PURE__ */ new Set();
  entries.forEach((entry, index) => {
    const path2 = ["nodes", index];
    if (!isObject(entry)) {
      diagnostics.push(clusterDiagnostic(resource, path2, "each node is a mapping with at least a name"));
      return;
    }
    for (const key of Object.keys(entry)) {
      if (!nodeFields.has(key)) diagnostics.push(clusterDiagnostic(resource, [...path2, key], `unknown field "${key}" (a node has ${[...nodeFields].join(", ")})`));
    }
    if (typeof entry.name !== "string" || !/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(entry.name)) {
      diagnostics.push(clusterDiagnostic(resource, [...path2, "name"], "name must be a DNS subdomain (lower-case letters, digits, - and .)"));
      return;
    }
    const count = entry.count;
    if (count !== void 0 && !(typeof count === "number" && Number.isInteger(count) && count >= 1 && count <= 1e4)) {
      diagnostics.push(clusterDiagnostic(resource, [...path2, "count"], "count must be a whole number from 1 to 10000"));
      return;
    }
    if (entry.unschedulable !== void 0 && typeof entry.unschedulable !== "boolean") {
      diagnostics.push(clusterDiagnostic(resource, [...path2, "unschedulable"], "unschedulable must be true or false"));
    }
    const allocatable = { pods: { mantissa: 110n, exponent: 0 }, ...quantitiesAt(resource, [...path2, "allocatable"], diagnostics) };
    const reserved = quantitiesAt(resource, [...path2, "reserved"], diagnostics);
    const taints = taintsAt(resource, [...path2, "taints"], diagnostics);
    const names = count === void 0 ? [entry.name] : Array.from({ length: count }, (_, i) => `${entry.name}-${i + 1}`);
    for (const name of names) {
      if (seen.has(name)) diagnostics.push(clusterDiagnostic(resource, [...path2, "name"], `node "${name}" is defined twice`));
      seen.add(name);
      nodes.push({
        name,
        labels: { "kubernetes.io/hostname": name, ...labelsOf(entry.labels) },
        taints: taints.map((t) => ({ ...t })),
        allocatable: { ...allocatable },
        unschedulable: entry.unschedulable === true,
        ready: true
      });
      const reservedText = rawQuantities(valueAt(entry, ["reserved"]));
      if (Object.keys(reserved).length > 0) runningPods.push(fixedPod(`reserved-${name}`, "kube-system", name, reservedText));
    }
  });
  if (diagnostics.length > 0) return { diagnostics };
  const title = isObject(resource.object.metadata) && typeof resource.object.metadata.name === "string" ? `"${resource.object.metadata.name}" ` : "";
  return { model: { nodes, runningPods, describedAs: `cluster file ${title}(${nodes.length} node(s))` }, diagnostics };
}
function rawQuantities(value) {
  const out = {};
  if (isObject(value)) for (const [name, amount] of Object.entries(value)) out[name] = String(amount);
  return out;
}

// src/run/load-cluster.ts
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
    throw new DrydockError("usage", `--cluster: give one kind config, one drydock cluster file, or a kubectl get nodes dump (found ${kindConfigs.length} kind config(s), ${clusterFiles.length} cluster file(s), ${nodes.length} Node(s) in ${paths.join(", ")})`);
  }
  let built;
  if (kindConfigs.length === 1) built = kindClusterModel(kindConfigs[0], { nodeCapacity: options.nodeCapacity });
  else if (clusterFiles.length === 1) built = clusterFileModel(clusterFiles[0]);
  else {
    const dump = nodesFromDump(nodes);
    built = { diagnostics: dump.diagnostics, model: dump.diagnostics.length > 0 ? void 0 : { nodes: dump.nodes, runningPods: [], describedAs: `nodes dump (${dump.nodes.length} node(s))` } };
  }
  for (const diagnostic of built.diagnostics) diagnostics.push(diagnostic);
  if (!built.model) return { diagnostics };
  if (built.model.nodes.length > maxModelNodes) {
    const at = kindConfigs[0] ?? clusterFiles[0] ?? nodes[maxModelNodes];
    const message = `the cluster model has ${built.model.nodes.length} nodes, more than the ${maxModelNodes} drydock models (the most Kubernetes supports in one cluster)`;
    diagnostics.push(clusterDiagnostic(at, at === nodes[maxModelNodes] ? [] : ["nodes"], message));
    return { diagnostics };
  }
  const running = runningPodsFromDump(pods);
  const model = running.length === 0 ? built.model : { ...built.model, runningPods: [...built.model.runningPods, ...running], describedAs: `${built.model.describedAs}, ${running.length} running Pod(s)` };
  return { model, diagnostics };
}

export {
  loadClusterModel
};
