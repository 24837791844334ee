import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  formatUnits,
  toUnits
} from "./chunk-OVJKESQO.js";
import {
  declaredReplicas,
  hpaMinReplicas,
  hpasTargeting,
  isObject,
  labelsOf,
  minorOf,
  namespaceOf,
  parseQuantity,
  podLabelsOf,
  podSpecOf,
  selectorMatches,
  valueAt
} from "./chunk-6GIETJWD.js";

// src/plan/schedule/filter-status.ts
var byReason = /* @__PURE__ */ new Map();
function rejected(plugin, reason, unresolvable) {
  let status = byReason.get(reason);
  if (!status) byReason.set(reason, status = Object.freeze({ plugin, reasons: Object.freeze([reason]), unresolvable }));
  return status;
}

// src/plan/schedule/node-affinity.ts
function nodeAffinityRulesOf(spec) {
  const nodeSelector = {};
  if (isObject(spec.nodeSelector)) for (const [k, v] of Object.entries(spec.nodeSelector)) nodeSelector[k] = String(v);
  const affinity = valueAt(spec, ["affinity", "nodeAffinity"]);
  const requiredTerms = isObject(affinity) ? valueAt(affinity, ["requiredDuringSchedulingIgnoredDuringExecution", "nodeSelectorTerms"]) : void 0;
  const preferredList = isObject(affinity) ? affinity.preferredDuringSchedulingIgnoredDuringExecution : void 0;
  return {
    nodeSelector,
    required: Array.isArray(requiredTerms) ? requiredTerms.map(termOf) : void 0,
    preferred: Array.isArray(preferredList) ? preferredList.filter(isObject).map((p) => ({ weight: typeof p.weight === "number" ? p.weight : 0, term: termOf(p.preference) })) : []
  };
}
function nodeSelectorTermsOf(value) {
  return Array.isArray(value) ? value.map(termOf) : void 0;
}
function termOf(value) {
  const read = (list) => Array.isArray(list) ? list.filter(isObject).map((r) => ({ key: String(r.key ?? ""), operator: String(r.operator ?? ""), values: Array.isArray(r.values) ? r.values.map(String) : [] })) : [];
  return isObject(value) ? { matchExpressions: read(value.matchExpressions), matchFields: read(value.matchFields) } : { matchExpressions: [], matchFields: [] };
}
function requirementMatches(requirement, value) {
  const { operator, values } = requirement;
  switch (operator) {
    case "In":
      return value !== void 0 && values.includes(value);
    case "NotIn":
      return value === void 0 || !values.includes(value);
    case "Exists":
      return value !== void 0;
    case "DoesNotExist":
      return value === void 0;
    case "Gt":
    case "Lt": {
      if (value === void 0 || values.length !== 1 || !/^-?\d+$/.test(value) || !/^-?\d+$/.test(values[0])) return false;
      return operator === "Gt" ? Number(value) > Number(values[0]) : Number(value) < Number(values[0]);
    }
    default:
      return false;
  }
}
function termMatches(term, node) {
  if (term.matchExpressions.length === 0 && term.matchFields.length === 0) return false;
  return term.matchExpressions.every((r) => requirementMatches(r, Object.hasOwn(node.labels, r.key) ? node.labels[r.key] : void 0)) && term.matchFields.every((r) => r.key === "metadata.name" && requirementMatches(r, node.name));
}
function nodeMatchesAffinity(rules, node) {
  for (const [key, value] of Object.entries(rules.nodeSelector)) if (node.labels[key] !== value) return false;
  return rules.required === void 0 || rules.required.some((term) => termMatches(term, node));
}
function narrowedNodeNames(rules) {
  if (!rules.required || rules.required.length === 0) return void 0;
  const out = /* @__PURE__ */ new Set();
  for (const term of rules.required) {
    const named = term.matchFields.filter((r) => r.key === "metadata.name" && r.operator === "In");
    if (named.length === 0) return void 0;
    let names2 = new Set(named[0].values);
    for (const r of named.slice(1)) names2 = new Set(r.values.filter((v) => names2.has(v)));
    for (const name of names2) out.add(name);
  }
  return out;
}
function nodeAffinityFilter(rules, node, wording) {
  return nodeMatchesAffinity(rules, node) ? void 0 : rejected("NodeAffinity", wording.nodeAffinity, true);
}
function preferredAffinityWeight(rules, node) {
  let weight = 0;
  for (const { weight: w, term } of rules.preferred) if (termMatches(term, node)) weight += w;
  return weight;
}

// src/plan/schedule/taint-toleration.ts
function tolerationsOf(spec) {
  const list = spec.tolerations;
  if (!Array.isArray(list)) return [];
  return list.filter(isObject).map((t) => ({
    key: typeof t.key === "string" ? t.key : void 0,
    operator: typeof t.operator === "string" ? t.operator : void 0,
    value: typeof t.value === "string" ? t.value : void 0,
    effect: typeof t.effect === "string" ? t.effect : void 0
  }));
}
function tolerates(toleration, taint) {
  if (toleration.effect && toleration.effect !== taint.effect) return false;
  const operator = toleration.operator ?? "Equal";
  if (!toleration.key) {
    if (operator !== "Exists") return false;
  } else if (toleration.key !== taint.key) return false;
  if (operator === "Exists") return true;
  return operator === "Equal" && (toleration.value ?? "") === (taint.value ?? "");
}
function firstUntoleratedTaint(tolerations, node) {
  return node.taints.find((taint) => taint.effect !== "PreferNoSchedule" && !tolerations.some((t) => tolerates(t, taint)));
}
function taintTolerationFilter(tolerations, node, wording) {
  const taint = firstUntoleratedTaint(tolerations, node);
  return taint ? rejected("TaintToleration", wording.taint(taint), true) : void 0;
}
function untoleratedPreferNoSchedule(tolerations, node) {
  let count = 0;
  for (const taint of node.taints) {
    if (taint.effect !== "PreferNoSchedule") continue;
    if (!tolerations.some((t) => (!t.effect || t.effect === "PreferNoSchedule") && tolerates(t, taint))) count += 1;
  }
  return count;
}

// src/plan/pods/daemon-set-pods.ts
var alwaysTolerated = [
  ["node.kubernetes.io/not-ready", "NoExecute"],
  ["node.kubernetes.io/unreachable", "NoExecute"],
  ["node.kubernetes.io/disk-pressure", "NoSchedule"],
  ["node.kubernetes.io/memory-pressure", "NoSchedule"],
  ["node.kubernetes.io/pid-pressure", "NoSchedule"],
  ["node.kubernetes.io/unschedulable", "NoSchedule"]
];
function daemonPodSpec(template, node) {
  const extra = [...alwaysTolerated];
  if (template.hostNetwork === true) extra.push(["node.kubernetes.io/network-unavailable", "NoSchedule"]);
  const existing = Array.isArray(template.tolerations) ? template.tolerations : [];
  const tolerations = [...existing, ...extra.map(([key, effect]) => ({ key, operator: "Exists", effect }))];
  if (node === void 0) return { ...template, tolerations };
  const affinity = isObject(template.affinity) ? template.affinity : {};
  const nodeAffinity = isObject(affinity.nodeAffinity) ? affinity.nodeAffinity : {};
  const required = isObject(nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution) ? nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution : {};
  const pinned = { key: "metadata.name", operator: "In", values: [node] };
  const terms = Array.isArray(required.nodeSelectorTerms) && required.nodeSelectorTerms.length > 0 ? required.nodeSelectorTerms.map((term) => ({ ...isObject(term) ? term : {}, matchFields: [pinned] })) : [{ matchFields: [pinned] }];
  return {
    ...template,
    tolerations,
    affinity: { ...affinity, nodeAffinity: { ...nodeAffinity, requiredDuringSchedulingIgnoredDuringExecution: { ...required, nodeSelectorTerms: terms } } }
  };
}
function daemonRunsOn(specWithTolerations, node) {
  return nodeMatchesAffinity(nodeAffinityRulesOf(specWithTolerations), node) && !firstUntoleratedTaint(tolerationsOf(specWithTolerations), node);
}

// src/plan/pods/pod-budget.ts
var defaultMaxPods = 1e4;
function sharePods(wanted, max2) {
  const granted = wanted.map((n) => Math.max(0, n));
  let total = 0;
  for (const n of granted) total += n;
  if (total <= max2) return granted;
  const order = granted.map((_, i) => i).sort((a, b) => granted[a] - granted[b] || a - b);
  let left = Math.max(0, max2);
  for (let k = 0; k < order.length; k++) {
    const share = Math.floor(left / (order.length - k));
    if (granted[order[k]] <= share) {
      left -= granted[order[k]];
      continue;
    }
    const cut = order.slice(k).sort((a, b) => a - b);
    let extra = left - share * cut.length;
    for (const i of cut) {
      granted[i] = share + (extra > 0 ? 1 : 0);
      extra--;
    }
    break;
  }
  return granted;
}

// src/plan/pods/replica-count.ts
function replicaCount(workload, resources, defaultNamespace) {
  const declared = declaredReplicas(workload) ?? 1;
  if (declared <= 0) return 0;
  let replicas = declared;
  for (const hpa of hpasTargeting(workload, resources, defaultNamespace)) {
    const min = hpaMinReplicas(hpa) ?? 1;
    const max2 = valueAt(hpa.object, ["spec", "maxReplicas"]);
    replicas = Math.max(replicas, min);
    if (typeof max2 === "number" && max2 >= 1) replicas = Math.min(replicas, max2);
  }
  return replicas;
}
function jobPodCount(jobSpec) {
  if (valueAt(jobSpec, ["suspend"]) === true) return 0;
  const parallelism = valueAt(jobSpec, ["parallelism"]);
  const completions = valueAt(jobSpec, ["completions"]);
  const running = typeof parallelism === "number" ? parallelism : 1;
  const total = typeof completions === "number" ? completions : typeof parallelism === "number" ? parallelism : 1;
  return Math.max(0, Math.min(running, total));
}

// src/plan/pods/template-hash.ts
var alphabet = "bcdfghjklmnpqrstvwxz2456789";
function templateHash(template) {
  let hash = 2166136261;
  const text = JSON.stringify(template) ?? "";
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  let out = "";
  for (let i = 0; i < 10; i++) {
    out += alphabet[hash % alphabet.length];
    hash = Math.imul(hash ^ i + 1, 16777619) >>> 0;
  }
  return out;
}

// src/plan/pods/expand-pods.ts
function expandPods(set, options) {
  return expandPodsWithCuts(set, options).pods;
}
function expandPodsWithCuts(set, options) {
  const workloads = [];
  for (const resource of set) {
    const workload = workloadPods(resource, set, options);
    if (workload) workloads.push(workload);
  }
  const granted = sharePods(workloads.map((w) => w.wanted), options.maxPods ?? defaultMaxPods);
  const pods = [];
  const cut = [];
  workloads.forEach((workload, index) => {
    for (let i = 0; i < granted[index]; i++) pods.push(workload.podAt(i));
    if (granted[index] < workload.wanted) cut.push({ resource: workload.resource, wanted: workload.wanted, simulated: granted[index] });
  });
  return { pods, cut };
}
function workloadPods(resource, set, options) {
  const pod = podSpecOf(resource);
  if (!pod || resource.kind === "PodTemplate" || isControlledWithin(resource, set)) return void 0;
  const namespace = namespaceOf(resource, options.defaultNamespace);
  const owner = { apiVersion: resource.apiVersion, kind: resource.kind, name: resource.name, namespace };
  const make = (name, labels2, spec = pod.spec, ordinal) => ({
    name,
    namespace,
    labels: labels2,
    spec,
    owner,
    source: resource,
    status: "Unsimulated",
    ...ordinal === void 0 ? {} : { ordinal }
  });
  const labels = podLabelsOf(resource);
  const of = (wanted, podAt) => ({ resource, wanted, podAt });
  switch (resource.kind) {
    case "Pod":
      return of(1, () => make(resource.name, labels));
    case "Deployment": {
      const hashed = { ...labels, "pod-template-hash": templateHash(valueAt(resource.object, ["spec", "template"])) };
      return of(replicaCount(resource, set, options.defaultNamespace), (i) => make(`${resource.name}-${i}`, hashed));
    }
    case "ReplicaSet":
    case "ReplicationController":
      return of(replicaCount(resource, set, options.defaultNamespace), (i) => make(`${resource.name}-${i}`, labels));
    case "StatefulSet":
      return statefulSetPods(resource, set, options.defaultNamespace, labels, make);
    case "DaemonSet":
      return daemonSetPods(resource, pod.spec, labels, options.nodes, make);
    case "Job":
    case "CronJob":
      return jobPods(resource, labels, make);
  }
  return void 0;
}
function isControlledWithin(resource, set) {
  const references = valueAt(resource.object, ["metadata", "ownerReferences"]);
  if (!Array.isArray(references)) return false;
  return references.some((r) => isObject(r) && r.controller === true && typeof r.kind === "string" && typeof r.name === "string" && set.find(r.kind, r.name, resource.namespace) !== void 0);
}
function statefulSetPods(resource, set, defaultNamespace, labels, make) {
  const start = valueAt(resource.object, ["spec", "ordinals", "start"]);
  const first = typeof start === "number" && start >= 0 ? start : 0;
  return {
    resource,
    wanted: replicaCount(resource, set, defaultNamespace),
    podAt: (i) => {
      const ordinal = first + i;
      const name = `${resource.name}-${ordinal}`;
      return make(name, { ...labels, "statefulset.kubernetes.io/pod-name": name, "apps.kubernetes.io/pod-index": String(ordinal) }, void 0, ordinal);
    }
  };
}
function daemonSetPods(resource, template, labels, nodes, make) {
  const tolerating = daemonPodSpec(template);
  if (!nodes) return { resource, wanted: 1, podAt: () => make(`${resource.name}-0`, labels, tolerating) };
  const eligible = nodes.filter((node) => daemonRunsOn(tolerating, node));
  return { resource, wanted: eligible.length, podAt: (i) => make(`${resource.name}-${eligible[i].name}`, labels, daemonPodSpec(template, eligible[i].name)) };
}
function jobPods(resource, labels, make) {
  const jobSpec = resource.kind === "CronJob" ? valueAt(resource.object, ["spec", "jobTemplate", "spec"]) : resource.object.spec;
  const isIndexed = valueAt(jobSpec, ["completionMode"]) === "Indexed";
  const withJobName = { ...labels, "batch.kubernetes.io/job-name": resource.name, "job-name": resource.name };
  return {
    resource,
    wanted: jobPodCount(jobSpec),
    podAt: (i) => make(`${resource.name}-${i}`, isIndexed ? { ...withJobName, "batch.kubernetes.io/job-completion-index": String(i) } : withJobName)
  };
}

// src/plan/schedule/feasible-nodes.ts
function feasibleNodesToFind(nodeCount) {
  if (nodeCount < 100) return nodeCount;
  const percentage = Math.max(5, 50 - Math.floor(nodeCount / 125));
  return Math.max(100, Math.floor(nodeCount * percentage / 100));
}

// src/plan/schedule/fit-error.ts
function fitErrorMessage(statuses, wording, options) {
  const total = statuses.length;
  const reasons = /* @__PURE__ */ new Map();
  const preemption = /* @__PURE__ */ new Map();
  for (const status of statuses) {
    for (const reason of status.reasons) reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    const verdict = status.unresolvable ? "Preemption is not helpful for scheduling" : "No preemption victims found for incoming pod";
    preemption.set(verdict, (preemption.get(verdict) ?? 0) + 1);
  }
  return `0/${total} nodes are available: ${histogram(reasons)}. ${postFilterMessage(total, preemption, wording, options)}`;
}
function preFilterMessage(nodeCount, message, wording, options) {
  const preemption = /* @__PURE__ */ new Map([["Preemption is not helpful for scheduling", nodeCount]]);
  return `0/${nodeCount} nodes are available: ${message}. ${postFilterMessage(nodeCount, preemption, wording, options)}`;
}
function postFilterMessage(total, preemption, wording, options) {
  if (options.preemptionNever) return `${wording.postFilterPrefix}preemption: not eligible due to preemptionPolicy=Never.`;
  return `${wording.postFilterPrefix}preemption: 0/${total} nodes are available: ${histogram(preemption)}${wording.preemptionEnd}`;
}
function histogram(counts) {
  const entries = [...counts].map(([reason, count]) => `${count} ${reason}`);
  entries.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
  return entries.join(", ");
}

// src/plan/schedule/pod-affinity-term.ts
function requiredAffinityTerms(spec, field, namespace, labels, namespaceLabels) {
  const affinity = isObject(spec.affinity) ? spec.affinity[field] : void 0;
  const list = isObject(affinity) ? affinity.requiredDuringSchedulingIgnoredDuringExecution : void 0;
  if (!Array.isArray(list)) return [];
  return list.filter(isObject).map((term) => resolveTerm(term, namespace, labels, namespaceLabels));
}
function resolveTerm(term, namespace, labels, namespaceLabels) {
  const selector = withLabelKeys(term, labels);
  const names2 = Array.isArray(term.namespaces) ? term.namespaces.map(String) : [];
  const namespaceSelector = isObject(term.namespaceSelector) ? term.namespaceSelector : void 0;
  const coversNamespace = (candidate) => {
    if (names2.length === 0 && namespaceSelector === void 0) return candidate === namespace;
    if (names2.includes(candidate)) return true;
    if (namespaceSelector === void 0) return false;
    const known = namespaceLabels.get(candidate) ?? { "kubernetes.io/metadata.name": candidate };
    return selectorMatches(namespaceSelector, known);
  };
  const topologyKey = typeof term.topologyKey === "string" ? term.topologyKey : "";
  const scope = names2.length === 0 && namespaceSelector === void 0 ? [namespace] : [names2, namespaceSelector];
  return { topologyKey, selector, coversNamespace, key: JSON.stringify([topologyKey, selector, scope]) };
}
function withLabelKeys(term, labels) {
  if (!isObject(term.labelSelector)) return void 0;
  const extra = [];
  for (const [field, operator] of [["matchLabelKeys", "In"], ["mismatchLabelKeys", "NotIn"]]) {
    const keys = term[field];
    if (!Array.isArray(keys)) continue;
    for (const key of keys) if (typeof key === "string" && Object.hasOwn(labels, key)) extra.push({ key, operator, values: [labels[key]] });
  }
  if (extra.length === 0) return term.labelSelector;
  const existing = Array.isArray(term.labelSelector.matchExpressions) ? term.labelSelector.matchExpressions : [];
  return { ...term.labelSelector, matchExpressions: [...existing, ...extra] };
}
function termSelects(term, namespace, labels) {
  return term.selector !== void 0 && term.coversNamespace(namespace) && selectorMatches(term.selector, labels);
}

// src/plan/schedule/inter-pod-affinity.ts
function countsPerDomain(term, index, nodes) {
  const counts = /* @__PURE__ */ new Map();
  for (const group of index.matching(term.key, (g) => termSelects(term, g.namespace, g.labels))) {
    for (const [node, count] of group.onNode) {
      const domain = nodes[node].node.labels[term.topologyKey];
      if (domain !== void 0) counts.set(domain, (counts.get(domain) ?? 0) + count);
    }
  }
  return counts;
}
function interPodAffinityPreFilter(pod, index, existingAnti, nodes) {
  const affinity = pod.affinity.map((term) => ({ term, counts: countsPerDomain(term, index, nodes) }));
  const antiAffinity = pod.antiAffinity.map((term) => ({ term, counts: countsPerDomain(term, index, nodes) }));
  const firstOfItsGroup = affinity.every((a) => a.counts.size === 0) && pod.affinity.every((t) => termSelects(t, pod.namespace, pod.labels));
  const excludedByExisting = /* @__PURE__ */ new Map();
  for (const group of existingAnti) {
    if (group.onNode.size === 0) continue;
    for (const term of group.terms) {
      if (!termSelects(term, pod.namespace, pod.labels)) continue;
      let values = excludedByExisting.get(term.topologyKey);
      if (!values) excludedByExisting.set(term.topologyKey, values = /* @__PURE__ */ new Set());
      for (const node of group.onNode.keys()) {
        const domain = nodes[node].node.labels[term.topologyKey];
        if (domain !== void 0) values.add(domain);
      }
    }
  }
  return { affinity, firstOfItsGroup, antiAffinity, excludedByExisting: [...excludedByExisting] };
}
function interPodAffinityFilter(state, node, wording) {
  const labels = node.node.labels;
  let podsExist = true;
  for (const { term, counts } of state.affinity) {
    const domain = labels[term.topologyKey];
    if (domain === void 0) return rejected("InterPodAffinity", wording.podAffinity, true);
    if ((counts.get(domain) ?? 0) <= 0) podsExist = false;
  }
  if (!podsExist && !state.firstOfItsGroup) return rejected("InterPodAffinity", wording.podAffinity, true);
  for (const { term, counts } of state.antiAffinity) {
    const domain = labels[term.topologyKey];
    if (domain !== void 0 && (counts.get(domain) ?? 0) > 0) return rejected("InterPodAffinity", wording.podAntiAffinity, false);
  }
  for (let i = 0; i < state.excludedByExisting.length; i++) {
    const [key, values] = state.excludedByExisting[i];
    const domain = labels[key];
    if (domain !== void 0 && values.has(domain)) return rejected("InterPodAffinity", wording.existingAntiAffinity, false);
  }
  return void 0;
}

// src/plan/schedule/node-score.ts
function rawScores(nodes, count, score) {
  const out = new Float64Array(count);
  for (let i = 0; i < count; i++) out[i] = score(nodes[i]);
  return out;
}
function bestNode(feasible, count, pod) {
  const taints = pod.scoresTaints ? rawScores(feasible, count, pod.preferNoSchedule) : void 0;
  const affinity = pod.scoresAffinity ? rawScores(feasible, count, pod.preferredAffinity) : void 0;
  const maxTaints = taints ? Math.max(0, ...taints) : 0;
  const maxAffinity = affinity ? Math.max(0, ...affinity) : 0;
  let best = feasible[0];
  let bestScore = -Infinity;
  for (let i = 0; i < count; i++) {
    const node = feasible[i];
    const cpuTotal = node.cpuAllocatable;
    const memoryTotal = node.memoryAllocatable;
    const cpu = node.scoringCpu + pod.cpu;
    const memory = node.scoringMemory + pod.memory;
    const cpuFree = cpuTotal <= 0 || cpu > cpuTotal ? 0 : (cpuTotal - cpu) * 100 / cpuTotal | 0;
    const memoryFree = memoryTotal <= 0 || memory > memoryTotal ? 0 : (memoryTotal - memory) * 100 / memoryTotal | 0;
    const cpuShare = cpuTotal <= 0 || cpu >= cpuTotal ? 1 : cpu / cpuTotal;
    const memoryShare = memoryTotal <= 0 || memory >= memoryTotal ? 1 : memory / memoryTotal;
    const balanced = (1 - Math.abs(cpuShare - memoryShare) / 2) * 100 | 0;
    const taintScore = taints && maxTaints > 0 ? 100 - (taints[i] * 100 / maxTaints | 0) : 100;
    const affinityScore = affinity && maxAffinity > 0 ? affinity[i] * 100 / maxAffinity | 0 : 0;
    const score = 3 * taintScore + 2 * affinityScore + (cpuFree + memoryFree >> 1) + balanced;
    if (score > bestScore || score === bestScore && node.nameRank < best.nameRank) {
      best = node;
      bestScore = score;
    }
  }
  return best;
}

// src/plan/schedule/resource-ids.ts
var ids = /* @__PURE__ */ new Map();
var names = [];
function resourceId(name) {
  let id = ids.get(name);
  if (id === void 0) {
    id = names.length;
    ids.set(name, id);
    names.push(name);
  }
  return id;
}
function resourceName(id) {
  return names[id];
}
function resourceCount() {
  return names.length;
}

// src/plan/schedule/node-state.ts
function nodeState(node, index) {
  for (const name of Object.keys(node.allocatable)) resourceId(name);
  const allocatable = new Array(resourceCount()).fill(0);
  for (const [name, quantity] of Object.entries(node.allocatable)) allocatable[resourceId(name)] = toUnits(name, quantity);
  return {
    index,
    nameRank: index,
    node,
    allocatable,
    requested: new Array(allocatable.length).fill(0),
    podCount: 0,
    scoringCpu: 0,
    scoringMemory: 0,
    cpuAllocatable: allocatable[resourceId("cpu")] ?? 0,
    memoryAllocatable: allocatable[resourceId("memory")] ?? 0,
    hasPreferNoSchedule: node.taints.some((t) => t.effect === "PreferNoSchedule"),
    ports: []
  };
}
function fitResourceSlots(nodes) {
  const count = resourceCount();
  for (const node of nodes) {
    while (node.allocatable.length < count) node.allocatable.push(0);
    while (node.requested.length < count) node.requested.push(0);
  }
}

// src/plan/schedule/node-usage.ts
function nodeUsage(state) {
  const allocatable = {};
  const requested = {};
  const names2 = new Set(Object.keys(state.node.allocatable));
  state.requested.forEach((amount, id) => amount > 0 && names2.add(resourceName(id)));
  for (const name of names2) {
    const id = resourceId(name);
    if (name in state.node.allocatable) allocatable[name] = formatUnits(name, state.allocatable[id] ?? 0);
    if (name !== "pods") requested[name] = formatUnits(name, state.requested[id] ?? 0);
  }
  requested.pods = String(state.podCount);
  return { name: state.node.name, allocatable, requested, pods: state.podCount };
}

// src/plan/schedule/node-ports.ts
function hostPortsOf(spec) {
  const out = [];
  for (const field of ["initContainers", "containers"]) {
    const list = spec[field];
    if (!Array.isArray(list)) continue;
    list.forEach((container, index) => {
      if (!isObject(container) || !Array.isArray(container.ports)) return;
      if (field === "initContainers" && container.restartPolicy !== "Always") return;
      container.ports.forEach((port, portIndex) => {
        if (!isObject(port)) return;
        const hostPort = typeof port.hostPort === "number" ? port.hostPort : spec.hostNetwork === true ? port.containerPort : void 0;
        if (typeof hostPort !== "number" || hostPort <= 0) return;
        out.push({
          ip: typeof port.hostIP === "string" && port.hostIP !== "" ? port.hostIP : "0.0.0.0",
          protocol: typeof port.protocol === "string" ? port.protocol : "TCP",
          port: hostPort,
          path: [field, index, "ports", portIndex, typeof port.hostPort === "number" ? "hostPort" : "containerPort"]
        });
      });
    });
  }
  return out;
}
function portsConflict(a, b) {
  if (a.port !== b.port || a.protocol !== b.protocol) return false;
  return a.ip === "0.0.0.0" || b.ip === "0.0.0.0" || a.ip === b.ip;
}
function nodePortsFilter(ports, node, wording) {
  if (ports.length === 0 || node.ports.length === 0) return void 0;
  const collides = ports.some((wanted) => node.ports.some((used) => portsConflict(wanted, used)));
  return collides ? rejected("NodePorts", wording.nodePorts, false) : void 0;
}

// src/plan/schedule/node-resources-fit.ts
var fixedOrder = ["cpu", "memory", "ephemeral-storage"];
function orderedRequests(requests) {
  const rank = (name) => fixedOrder.includes(name) ? fixedOrder.indexOf(name) : fixedOrder.length;
  return [...requests].filter(([name]) => name !== "pods").sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0)).map(([name, amount]) => [resourceId(name), amount]);
}
var podsId = resourceId("pods");
function nodeResourcesFitFilter(requests, node, wording) {
  const podsFit = node.podCount + 1 <= node.allocatable[podsId];
  let fits = podsFit;
  for (let i = 0; fits && i < requests.length; i++) {
    const request = requests[i];
    const id = request[0];
    fits = request[1] <= node.allocatable[id] - node.requested[id];
  }
  if (fits) return void 0;
  const reasons = [];
  const resources = [];
  if (!podsFit) {
    reasons.push(wording.tooManyPods);
    resources.push("pods");
  }
  for (const [id, amount] of requests) {
    if (amount > node.allocatable[id] - node.requested[id]) {
      reasons.push(wording.insufficient(resourceName(id)));
      resources.push(resourceName(id));
    }
  }
  return { plugin: "NodeResourcesFit", reasons, unresolvable: false, resources };
}

// src/plan/schedule/pod-requests.ts
function containerRequests(container) {
  const out = /* @__PURE__ */ new Map();
  if (!isObject(container) || !isObject(container.resources)) return out;
  const { requests, limits } = container.resources;
  if (isObject(limits)) addAll(out, limits);
  if (isObject(requests)) {
    for (const [name, value] of Object.entries(requests)) {
      const quantity = parseQuantity(value);
      if (quantity) out.set(name, toUnits(name, quantity));
    }
  }
  return out;
}
function addAll(into, values) {
  for (const [name, value] of Object.entries(values)) {
    const quantity = parseQuantity(value);
    if (quantity) into.set(name, toUnits(name, quantity));
  }
}
function add(into, from) {
  for (const [name, value] of from) into.set(name, (into.get(name) ?? 0) + value);
}
function max(into, from) {
  for (const [name, value] of from) if (value > (into.get(name) ?? 0)) into.set(name, value);
}
function podRequests(spec) {
  const sum = /* @__PURE__ */ new Map();
  for (const container of listAt(spec, "containers")) add(sum, containerRequests(container));
  const sidecars = /* @__PURE__ */ new Map();
  const initMax = /* @__PURE__ */ new Map();
  for (const init of listAt(spec, "initContainers")) {
    const requests = containerRequests(init);
    if (isObject(init) && init.restartPolicy === "Always") {
      add(sidecars, requests);
      max(initMax, sidecars);
    } else {
      const peak = new Map(sidecars);
      add(peak, requests);
      max(initMax, peak);
    }
  }
  add(sum, sidecars);
  if (isObject(spec.resources) && isObject(spec.resources.requests)) addAll(sum, spec.resources.requests);
  max(sum, initMax);
  if (isObject(spec.overhead)) add(sum, readAmounts(spec.overhead));
  for (const [name, value] of sum) if (value === 0) sum.delete(name);
  return sum;
}
function readAmounts(values) {
  const out = /* @__PURE__ */ new Map();
  addAll(out, values);
  return out;
}
function listAt(spec, field) {
  const list = spec[field];
  return Array.isArray(list) ? list : [];
}
var defaultScoringCpu = 100;
var defaultScoringMemory = 200 * 1024 * 1024;
function scoringRequests(spec) {
  let cpu = 0;
  let memory = 0;
  for (const container of listAt(spec, "containers")) {
    const requests = containerRequests(container);
    cpu += requests.get("cpu") ?? defaultScoringCpu;
    memory += requests.get("memory") ?? defaultScoringMemory;
  }
  const overhead = isObject(spec.overhead) ? readAmounts(spec.overhead) : /* @__PURE__ */ new Map();
  return { cpu: cpu + (overhead.get("cpu") ?? 0), memory: memory + (overhead.get("memory") ?? 0) };
}

// src/plan/schedule/pod-facts.ts
function podFactsOf(spec) {
  const requests = podRequests(spec);
  const nodeAffinity = nodeAffinityRulesOf(spec);
  const affinity = isObject(spec.affinity) ? spec.affinity : {};
  return {
    requests,
    orderedRequests: orderedRequests(requests),
    scoring: scoringRequests(spec),
    tolerations: tolerationsOf(spec),
    nodeAffinity,
    narrowedTo: narrowedNodeNames(nodeAffinity),
    hostPorts: hostPortsOf(spec),
    preemptionNever: spec.preemptionPolicy === "Never",
    hasVolumes: Array.isArray(spec.volumes) && spec.volumes.some((v) => isObject(v) && isObject(v.persistentVolumeClaim)),
    hasSpread: Array.isArray(spec.topologySpreadConstraints) && spec.topologySpreadConstraints.length > 0,
    hasPodAffinity: isObject(affinity.podAffinity),
    hasPodAntiAffinity: isObject(affinity.podAntiAffinity),
    staticVerdicts: [],
    byLabels: /* @__PURE__ */ new Map()
  };
}

// src/plan/schedule/pod-index.ts
var labelKeys = /* @__PURE__ */ new WeakMap();
function labelsKey(labels) {
  let key = labelKeys.get(labels);
  if (key === void 0) {
    key = JSON.stringify(Object.entries(labels).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
    labelKeys.set(labels, key);
  }
  return key;
}
var PodIndex = class {
  groups = [];
  byKey = /* @__PURE__ */ new Map();
  matches = /* @__PURE__ */ new Map();
  add(namespace, labels, node, delta = 1) {
    const key = `${namespace}\0${labelsKey(labels)}`;
    let group = this.byKey.get(key);
    if (!group) {
      group = { namespace, labels, onNode: /* @__PURE__ */ new Map() };
      this.byKey.set(key, group);
      this.groups.push(group);
    }
    const count = (group.onNode.get(node) ?? 0) + delta;
    if (count > 0) group.onNode.set(node, count);
    else group.onNode.delete(node);
  }
  /** The groups `matches` accepts; `cacheKey` must identify the predicate. */
  matching(cacheKey, matches) {
    let entry = this.matches.get(cacheKey);
    if (!entry) this.matches.set(cacheKey, entry = { checked: 0, groups: [] });
    for (; entry.checked < this.groups.length; entry.checked += 1) {
      const group = this.groups[entry.checked];
      if (matches(group)) entry.groups.push(group);
    }
    return entry.groups;
  }
};

// src/plan/schedule/pod-topology-spread.ts
function spreadConstraintsOf(spec, labels) {
  const list = spec.topologySpreadConstraints;
  if (!Array.isArray(list)) return [];
  const out = [];
  list.forEach((c, index) => {
    if (!isObject(c) || c.whenUnsatisfiable !== "DoNotSchedule" || typeof c.topologyKey !== "string") return;
    let selector = isObject(c.labelSelector) ? c.labelSelector : void 0;
    if (!selector) selector = { matchExpressions: [{ key: "drydock.dev/never", operator: "Exists" }] };
    const extra = Array.isArray(c.matchLabelKeys) ? c.matchLabelKeys.filter((k) => typeof k === "string" && Object.hasOwn(labels, k)).map((k) => ({ key: k, operator: "In", values: [labels[k]] })) : [];
    if (extra.length > 0) selector = { ...selector, matchExpressions: [...Array.isArray(selector.matchExpressions) ? selector.matchExpressions : [], ...extra] };
    out.push({
      index,
      maxSkew: typeof c.maxSkew === "number" ? c.maxSkew : 1,
      topologyKey: c.topologyKey,
      minDomains: typeof c.minDomains === "number" ? c.minDomains : 1,
      selector,
      honorsAffinity: c.nodeAffinityPolicy !== "Ignore",
      honorsTaints: c.nodeTaintsPolicy === "Honor",
      key: JSON.stringify([c.topologyKey, selector])
    });
  });
  return out;
}
function spreadEligibility(constraints, nodes, rules, tolerations) {
  const keys = constraints.map((c) => c.topologyKey);
  return constraints.map((c) => {
    const eligible = new Uint8Array(nodes.length);
    const domains = /* @__PURE__ */ new Set();
    for (const state of nodes) {
      const { node } = state;
      if (!keys.every((k) => Object.hasOwn(node.labels, k))) continue;
      if (c.honorsAffinity && !nodeMatchesAffinity(rules, node)) continue;
      if (c.honorsTaints && firstUntoleratedTaint(tolerations, node)) continue;
      eligible[state.index] = 1;
      domains.add(node.labels[c.topologyKey]);
    }
    return { eligible, domainCount: domains.size };
  });
}
function podTopologySpreadPreFilter(pod, constraints, eligibility, index, nodes) {
  return {
    constraints: constraints.map((constraint, i) => {
      const { eligible, domainCount } = eligibility[i];
      const counts = /* @__PURE__ */ new Map();
      const cacheKey = `${pod.namespace}\0${constraint.key}`;
      for (const group of index.matching(cacheKey, (g) => g.namespace === pod.namespace && selectorMatches(constraint.selector, g.labels))) {
        for (const [node, count] of group.onNode) {
          if (!eligible[node]) continue;
          const domain = nodes[node].node.labels[constraint.topologyKey];
          counts.set(domain, (counts.get(domain) ?? 0) + count);
        }
      }
      let globalMin = 0;
      if (domainCount >= constraint.minDomains && counts.size === domainCount) globalMin = Math.min(...counts.values());
      const selfMatch = selectorMatches(constraint.selector, pod.labels) ? 1 : 0;
      return { constraint, counts, globalMin, selfMatch };
    })
  };
}
function podTopologySpreadFilter(state, node, wording) {
  const labels = node.node.labels;
  const list = state.constraints;
  for (let i = 0; i < list.length; i++) {
    if (labels[list[i].constraint.topologyKey] === void 0) return rejected("PodTopologySpread", wording.spreadMissingLabel, true);
  }
  for (let i = 0; i < list.length; i++) {
    const { constraint, counts, globalMin, selfMatch } = list[i];
    const count = counts.get(labels[constraint.topologyKey]) ?? 0;
    if (count + selfMatch - globalMin > constraint.maxSkew) return rejected("PodTopologySpread", wording.spread, false);
  }
  return void 0;
}

// src/plan/schedule/pre-bound-pod.ts
function preBoundDecision(name, node, facts, specPath, wording) {
  const path = [...specPath, "nodeName"];
  if (!node) {
    return { reason: "NodeName", message: `spec.nodeName is "${name}", a node the cluster does not have: the Pod stays Pending and no event explains it`, hint: "name an existing node in spec.nodeName, or remove it and let the scheduler choose", path };
  }
  const fit = nodeResourcesFitFilter(facts.orderedRequests, node, wording);
  if (!fit) return { node: name };
  const short = (fit.resources ?? []).map((r) => `OutOf${r}`).join(", ");
  return { reason: "NodeName", message: `the kubelet on ${name} would reject the Pod (${short}): it fails instead of staying Pending`, hint: "remove spec.nodeName so the scheduler picks a node with room, or lower the requests", path };
}

// src/plan/schedule/node-name.ts
function nodeNameFilter(nodeName, node, wording) {
  if (nodeName === void 0 || nodeName === node.name) return void 0;
  return rejected("NodeName", wording.nodeName, true);
}

// src/plan/schedule/node-unschedulable.ts
var unschedulableTaint = { key: "node.kubernetes.io/unschedulable", effect: "NoSchedule" };
function nodeUnschedulableFilter(tolerations, node, wording) {
  if (!node.unschedulable || tolerations.some((t) => tolerates(t, unschedulableTaint))) return void 0;
  return rejected("NodeUnschedulable", wording.unschedulable, true);
}

// src/plan/schedule/volume-binding.ts
function claimsOfPod(pod, specPath, catalog) {
  const out = [];
  const volumes = pod.spec.volumes;
  if (Array.isArray(volumes)) {
    volumes.forEach((volume, index) => {
      const name = valueAt(volume, ["persistentVolumeClaim", "claimName"]);
      if (typeof name !== "string") return;
      out.push({ name, path: [...specPath, "volumes", index, "persistentVolumeClaim", "claimName"], object: catalog.claims.get(`${pod.namespace}/${name}`) });
    });
  }
  const templates = pod.owner.kind === "StatefulSet" && pod.source ? valueAt(pod.source.object, ["spec", "volumeClaimTemplates"]) : void 0;
  if (Array.isArray(templates) && pod.ordinal !== void 0) {
    templates.forEach((template, index) => {
      const templateName = valueAt(template, ["metadata", "name"]);
      if (typeof templateName !== "string" || !isObject(template)) return;
      const name = `${templateName}-${pod.owner.name}-${pod.ordinal}`;
      out.push({ name, path: ["spec", "volumeClaimTemplates", index], object: catalog.claims.get(`${pod.namespace}/${name}`) ?? template });
    });
  }
  return out;
}
function planClaims(pod, claims, catalog, bound, used) {
  const plans = [];
  for (const claim of claims) {
    const key = `${pod.namespace}/${claim.name}`;
    const already = bound.get(key);
    if (already) {
      plans.push({ claim, kind: "bound", volume: already });
      continue;
    }
    if (!claim.object) return `persistentvolumeclaim "${claim.name}" not found`;
    const spec = isObject(claim.object.spec) ? claim.object.spec : {};
    if (typeof spec.volumeName === "string" && spec.volumeName !== "") {
      plans.push({ claim, kind: "bound", volume: catalog.volumes.find((pv) => pv.name === spec.volumeName) });
      continue;
    }
    const preBound = catalog.volumes.find((pv) => pv.claimRef?.namespace === pod.namespace && pv.claimRef.name === claim.name);
    if (preBound) {
      plans.push({ claim, kind: "bound", volume: preBound });
      continue;
    }
    const className = typeof spec.storageClassName === "string" ? spec.storageClassName : catalog.defaultClass;
    const storageClass = className === void 0 ? void 0 : catalog.classes.get(className);
    const provisions = className !== "" && spec.selector === void 0 && (storageClass?.provisions ?? true);
    if (provisions) {
      plans.push({ claim, kind: "provisioned" });
      continue;
    }
    const candidates = catalog.candidates(claim.object, pod.namespace, claim.name, className ?? "", used);
    if (!storageClass?.waitsForConsumer) {
      if (candidates.length === 0) return "pod has unbound immediate PersistentVolumeClaims";
      plans.push({ claim, kind: "bound", volume: candidates[0] });
      continue;
    }
    plans.push({ claim, kind: "static", candidates });
  }
  return plans;
}
function volumeFitsNode(volume, node) {
  return !volume.nodeAffinity || volume.nodeAffinity.some((term) => termMatches(term, node.node));
}
function volumeBindingFilter(plans, node, hasVolumes, wording) {
  for (const plan of plans) {
    if (plan.kind === "bound") {
      if (!plan.volume) {
        if (hasVolumes) return rejected("VolumeBinding", wording.boundToMissingVolume, true);
      } else if (!volumeFitsNode(plan.volume, node)) return rejected("VolumeBinding", wording.persistentVolumeNodeAffinity, true);
    } else if (plan.kind === "static" && !plan.candidates.some((pv) => volumeFitsNode(pv, node))) {
      return rejected("VolumeBinding", wording.noPersistentVolume, true);
    }
  }
  return void 0;
}
function volumesToBind(plans, node) {
  const out = [];
  const taken = /* @__PURE__ */ new Set();
  for (const plan of plans) {
    if (plan.kind === "bound" && plan.volume) out.push([plan.claim, plan.volume]);
    if (plan.kind !== "static") continue;
    const volume = plan.candidates.find((pv) => !taken.has(pv.name) && volumeFitsNode(pv, node));
    if (volume) {
      taken.add(volume.name);
      out.push([plan.claim, volume]);
    }
  }
  return out;
}

// src/plan/schedule/volume-zone.ts
var zoneKeys = [
  "topology.kubernetes.io/zone",
  "topology.kubernetes.io/region",
  "failure-domain.beta.kubernetes.io/zone",
  "failure-domain.beta.kubernetes.io/region"
];
function volumeZoneFilter(plans, node, wording) {
  const labels = node.node.labels;
  if (!zoneKeys.some((key) => Object.hasOwn(labels, key))) return void 0;
  for (const plan of plans) {
    if (plan.kind !== "bound" || !plan.volume) continue;
    for (const key of zoneKeys) {
      const value = plan.volume.labels[key];
      if (value === void 0) continue;
      if (!value.split("__").includes(labels[key] ?? "")) return rejected("VolumeZone", wording.volumeZone, true);
    }
  }
  return void 0;
}

// src/plan/schedule/run-filters.ts
function filterNode(node, facts, cycle) {
  const { wording } = cycle;
  if (facts.narrowedTo && !facts.narrowedTo.has(node.node.name)) {
    return { plugin: "NodeAffinity", reasons: [wording.narrowedByNodeAffinity], unresolvable: true, narrowed: true };
  }
  if (facts.staticVerdicts.length === 0) facts.staticVerdicts = new Array(cycle.nodeCount).fill(void 0);
  let fixed = facts.staticVerdicts[node.index];
  if (fixed === void 0) {
    fixed = nodeUnschedulableFilter(facts.tolerations, node.node, wording) ?? nodeNameFilter(void 0, node.node, wording) ?? taintTolerationFilter(facts.tolerations, node.node, wording) ?? nodeAffinityFilter(facts.nodeAffinity, node.node, wording) ?? null;
    facts.staticVerdicts[node.index] = fixed;
  }
  if (fixed) return fixed;
  return nodePortsFilter(facts.hostPorts, node, wording) ?? nodeResourcesFitFilter(facts.orderedRequests, node, wording) ?? (cycle.plans.length > 0 ? volumeBindingFilter(cycle.plans, node, cycle.hasVolumes, wording) ?? volumeZoneFilter(cycle.plans, node, wording) : void 0) ?? (cycle.spread ? podTopologySpreadFilter(cycle.spread, node, wording) : void 0) ?? (cycle.affinity ? interPodAffinityFilter(cycle.affinity, node, wording) : void 0);
}

// src/plan/schedule/scheduler-wording.ts
function schedulerWording(version) {
  const minor = minorOf(version);
  return {
    unschedulable: "node(s) were unschedulable",
    nodeName: "node(s) didn't match the requested node name",
    taint: minor >= 35 ? () => "node(s) had untolerated taint(s)" : (t) => `node(s) had untolerated taint {${t.key}: ${t.value ?? ""}}`,
    nodeAffinity: "node(s) didn't match Pod's node affinity/selector",
    narrowedByNodeAffinity: minor <= 28 ? "node is filtered out by the prefilter result" : "node(s) didn't satisfy plugin(s) [NodeAffinity]",
    nodePorts: "node(s) didn't have free ports for the requested pod ports",
    tooManyPods: "Too many pods",
    insufficient: (resource) => `Insufficient ${resource}`,
    noPersistentVolume: "node(s) didn't find available persistent volumes to bind",
    persistentVolumeNodeAffinity: minor >= 33 ? "node(s) didn't match PersistentVolume's node affinity" : "node(s) had volume node affinity conflict",
    boundToMissingVolume: "node(s) unavailable due to one or more pvc(s) bound to non-existent pv(s)",
    volumeZone: "node(s) had no available volume zone",
    spread: "node(s) didn't match pod topology spread constraints",
    spreadMissingLabel: "node(s) didn't match pod topology spread constraints (missing required label)",
    podAffinity: "node(s) didn't match pod affinity rules",
    podAntiAffinity: "node(s) didn't match pod anti-affinity rules",
    existingAntiAffinity: "node(s) didn't satisfy existing pods anti-affinity rules",
    postFilterPrefix: minor >= 35 ? "no new claims to deallocate, " : "",
    preemptionEnd: minor <= 30 ? ".." : "."
  };
}

// src/plan/schedule/scheduling-hint.ts
var pluginOrder = ["NodeUnschedulable", "NodeName", "TaintToleration", "NodeAffinity", "NodePorts", "NodeResourcesFit", "VolumeBinding", "VolumeZone", "PodTopologySpread", "InterPodAffinity"];
function unschedulableHint(statuses, context) {
  const counted = /* @__PURE__ */ new Map();
  for (const status of statuses) {
    if (status.narrowed) continue;
    const list2 = counted.get(status.plugin) ?? [];
    list2.push(status);
    counted.set(status.plugin, list2);
  }
  const ranked = [...counted].sort(([a, x], [b, y]) => y.length - x.length || pluginOrder.indexOf(a) - pluginOrder.indexOf(b));
  if (ranked.length === 0) return { hint: "no node exists for this Pod", path: context.specPath };
  const [plugin, list] = ranked[0];
  const spec = context.specPath;
  const affinity = (field) => [...spec, "affinity", field];
  switch (plugin) {
    case "NodeResourcesFit":
      return resourceHint(list, context);
    case "TaintToleration": {
      const tolerations = tolerationsOf(context.pod.spec);
      const taint = context.nodes.map((n) => firstUntoleratedTaint(tolerations, n.node)).find((t) => t !== void 0);
      const named = taint ? ` (${taint.key}${taint.value ? `=${taint.value}` : ""}:${taint.effect})` : "";
      return { hint: `${list.length} node(s) have a taint the Pod does not tolerate${named}: add a toleration to spec.tolerations if it may run there`, path: [...spec, "tolerations"] };
    }
    case "NodeAffinity": {
      const usesSelector = isObject(context.pod.spec.nodeSelector);
      return {
        hint: `no node has the labels ${usesSelector ? "spec.nodeSelector" : "the required node affinity"} asks for: fix the selector or label the nodes`,
        path: usesSelector ? [...spec, "nodeSelector"] : affinity("nodeAffinity")
      };
    }
    case "NodeUnschedulable":
      return { hint: "the nodes that would fit are cordoned (spec.unschedulable): uncordon one or add a node", path: spec };
    case "NodeName":
      return { hint: "spec.nodeName names another node", path: [...spec, "nodeName"] };
    case "NodePorts": {
      const port = context.hostPorts[0];
      return { hint: `hostPort ${port?.port ?? ""} is already taken on the nodes that would fit: drop the hostPort or choose another`, path: port ? [...spec, ...port.path] : spec };
    }
    case "VolumeBinding":
    case "VolumeZone": {
      const claim = context.claims[0];
      return { hint: `no node the Pod may use can reach a volume for claim "${claim?.name ?? ""}": check the PersistentVolume's node affinity and zone, or the claim's storage class`, path: claim?.path ?? spec };
    }
    case "PodTopologySpread":
      return { hint: "placing it would exceed maxSkew of a DoNotSchedule spread constraint: raise maxSkew, use whenUnsatisfiable: ScheduleAnyway, or add nodes in the emptier domains", path: [...spec, "topologySpreadConstraints"] };
    case "InterPodAffinity": {
      const reason = list[0].reasons[0] ?? "";
      if (reason.includes("existing pods")) return { hint: "a running Pod's required anti-affinity excludes this Pod from the nodes that fit: relax that rule or add nodes", path: spec };
      if (reason.includes("anti-affinity")) {
        return { hint: "required pod anti-affinity allows one Pod per topology domain and every domain that fits is taken: lower spec.replicas, add nodes, or use preferredDuringSchedulingIgnoredDuringExecution", path: affinity("podAntiAffinity") };
      }
      return { hint: "no Pod the required pod affinity selects runs on a node this Pod may use", path: affinity("podAffinity") };
    }
  }
}
function resourceHint(statuses, context) {
  const short = /* @__PURE__ */ new Map();
  for (const status of statuses) for (const resource2 of status.resources ?? []) short.set(resource2, (short.get(resource2) ?? 0) + 1);
  const [resource] = [...short].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))[0] ?? ["cpu"];
  if (resource === "pods") {
    const hasReplicas = context.pod.owner.kind !== "Pod" && context.pod.owner.kind !== "DaemonSet";
    return { hint: "the nodes that would fit are at their Pod limit (allocatable pods): add nodes or lower spec.replicas", path: hasReplicas ? ["spec", "replicas"] : context.specPath };
  }
  const wanted = context.requests.get(resource) ?? 0;
  let mostFree = 0;
  const id = resourceId(resource);
  for (const node of context.nodes) mostFree = Math.max(mostFree, (node.allocatable[id] ?? 0) - (node.requested[id] ?? 0));
  const container = largestRequester(context.pod.spec, resource);
  const where = container ? ` of container "${container.name}"` : "";
  return {
    hint: `the Pod requests ${formatUnits(resource, wanted)} ${resource} but no node has more than ${formatUnits(resource, mostFree)} free: lower resources.requests.${resource}${where} or add capacity`,
    path: container ? [...context.specPath, ...container.path] : context.specPath
  };
}
function largestRequester(spec, resource) {
  let best;
  for (const field of ["containers", "initContainers"]) {
    const list = spec[field];
    if (!Array.isArray(list)) continue;
    list.forEach((container, index) => {
      const amount = containerRequests(container).get(resource) ?? 0;
      if (!isObject(container) || amount <= 0 || best && best.amount >= amount) return;
      const requests = isObject(container.resources) && isObject(container.resources.requests) ? container.resources.requests : {};
      const section = resource in requests ? "requests" : "limits";
      best = { name: typeof container.name === "string" ? container.name : "", path: [field, index, "resources", section, resource], amount };
    });
  }
  return best;
}

// src/plan/schedule/volume-catalog.ts
var VolumeCatalog = class {
  claims = /* @__PURE__ */ new Map();
  volumes = [];
  classes = /* @__PURE__ */ new Map();
  defaultClass;
  constructor(resources, defaultNamespace = "default") {
    if (!resources) return;
    for (const claim of resources.ofKind("PersistentVolumeClaim")) this.claims.set(`${claim.namespace ?? defaultNamespace}/${claim.name}`, claim.object);
    for (const volume of resources.ofKind("PersistentVolume")) this.volumes.push(volumeOf(volume.name, volume.object));
    for (const storageClass of resources.ofKind("StorageClass")) {
      const provisioner = storageClass.object.provisioner;
      this.classes.set(storageClass.name, {
        provisions: typeof provisioner === "string" && provisioner !== "kubernetes.io/no-provisioner",
        waitsForConsumer: storageClass.object.volumeBindingMode === "WaitForFirstConsumer"
      });
      if (valueAt(storageClass.object, ["metadata", "annotations", "storageclass.kubernetes.io/is-default-class"]) === "true") this.defaultClass = storageClass.name;
    }
  }
  /** The PVs a claim could bind to statically (smallest first); `used` are taken already. */
  candidates(claim, namespace, name, className, used) {
    const spec = isObject(claim.spec) ? claim.spec : {};
    const wanted = parseQuantity(valueAt(spec, ["resources", "requests", "storage"]));
    const size = wanted ? toUnits("storage", wanted) : 0;
    const modes = Array.isArray(spec.accessModes) ? spec.accessModes.map(String) : [];
    const volumeMode = typeof spec.volumeMode === "string" ? spec.volumeMode : "Filesystem";
    return this.volumes.filter((pv) => !used.has(pv.name)).filter((pv) => !pv.claimRef || pv.claimRef.namespace === namespace && pv.claimRef.name === name).filter((pv) => pv.className === className && pv.capacity >= size && pv.volumeMode === volumeMode).filter((pv) => modes.every((m) => pv.accessModes.includes(m))).filter((pv) => spec.selector === void 0 || selectorMatches(spec.selector, pv.labels)).sort((a, b) => a.capacity - b.capacity || (a.name < b.name ? -1 : 1));
  }
};
function volumeOf(name, object) {
  const spec = isObject(object.spec) ? object.spec : {};
  const capacity = parseQuantity(valueAt(spec, ["capacity", "storage"]));
  const claimRef = isObject(spec.claimRef) && typeof spec.claimRef.name === "string" ? { namespace: typeof spec.claimRef.namespace === "string" ? spec.claimRef.namespace : "default", name: spec.claimRef.name } : void 0;
  return {
    name,
    labels: labelsOf(valueAt(object, ["metadata", "labels"])),
    className: typeof spec.storageClassName === "string" ? spec.storageClassName : "",
    capacity: capacity ? toUnits("storage", capacity) : 0,
    accessModes: Array.isArray(spec.accessModes) ? spec.accessModes.map(String) : [],
    volumeMode: typeof spec.volumeMode === "string" ? spec.volumeMode : "Filesystem",
    claimRef,
    nodeAffinity: nodeSelectorTermsOf(valueAt(spec, ["nodeAffinity", "required", "nodeSelectorTerms"]))
  };
}

// src/plan/schedule/scheduler-state.ts
var SchedulerState = class {
  /** Nodes in name order: the tie-break order of scoring. */
  nodes;
  modelOrder;
  byName = /* @__PURE__ */ new Map();
  wording;
  index = new PodIndex();
  antiGroups = /* @__PURE__ */ new Map();
  facts = /* @__PURE__ */ new WeakMap();
  specIds = /* @__PURE__ */ new WeakMap();
  catalog;
  boundClaims = /* @__PURE__ */ new Map();
  usedVolumes = /* @__PURE__ */ new Set();
  placed = /* @__PURE__ */ new Map();
  namespaceLabels = /* @__PURE__ */ new Map();
  anyPreferNoSchedule;
  nextStart = 0;
  feasible;
  constructor(model, options) {
    this.wording = schedulerWording(options.kubernetesVersion);
    this.modelOrder = model.nodes.map((node, i) => nodeState(node, i));
    this.nodes = [...this.modelOrder].sort((a, b) => a.node.name < b.node.name ? -1 : a.node.name > b.node.name ? 1 : 0);
    this.nodes.forEach((node, rank) => node.nameRank = rank);
    this.feasible = [...this.nodes];
    for (const node of this.modelOrder) this.byName.set(node.node.name, node);
    this.anyPreferNoSchedule = this.modelOrder.some((n) => n.hasPreferNoSchedule);
    this.catalog = new VolumeCatalog(options.resources, options.defaultNamespace);
    for (const namespace of options.resources?.ofKind("Namespace") ?? []) {
      this.namespaceLabels.set(namespace.name, { ...labelsOf(valueAt(namespace.object, ["metadata", "labels"])), "kubernetes.io/metadata.name": namespace.name });
    }
    for (const pod of model.runningPods) this.bindRunning(pod);
  }
  /** Counts a Pod already bound to a node (`pod.node`) as usage; unknown nodes are ignored. */
  bindRunning(pod) {
    const node = pod.node === void 0 ? void 0 : this.byName.get(pod.node);
    if (!node) return;
    const facts = this.factsOf(pod.spec);
    this.commit(pod, node, facts, this.labelledFacts(pod, facts), []);
  }
  /** Where the Pod would go now, without placing it. */
  evaluate(pod) {
    return this.run(pod).decision;
  }
  /** Whether some node would take the Pod now. */
  canPlace(pod) {
    return this.run(pod).target !== void 0;
  }
  /** Schedules the Pod: sets `pod.node` and `pod.status` and counts its usage when a node fits. */
  place(pod) {
    const evaluation = this.run(pod);
    if (evaluation.target) {
      this.commit(pod, evaluation.target, evaluation.facts, evaluation.labelled ?? this.labelledFacts(pod, evaluation.facts), evaluation.plans);
    } else pod.status = "Pending";
    return evaluation.decision;
  }
  /** Takes a placed Pod off its node again (a rollout deleting an old Pod). */
  remove(pod) {
    const record = this.placed.get(pod);
    if (!record) return;
    this.placed.delete(pod);
    const { node, facts } = record;
    for (const [id, amount] of facts.orderedRequests) node.requested[id] -= amount;
    node.podCount -= 1;
    node.scoringCpu -= facts.scoring.cpu;
    node.scoringMemory -= facts.scoring.memory;
    for (const port of facts.hostPorts) {
      const at = node.ports.indexOf(port);
      if (at >= 0) node.ports.splice(at, 1);
    }
    this.index.add(pod.namespace, pod.labels, node.index, -1);
    if (record.antiGroup) decrement(record.antiGroup.onNode, node.index);
    for (const [claim, volume] of record.volumes) {
      this.boundClaims.delete(`${pod.namespace}/${claim.name}`);
      this.usedVolumes.delete(volume.name);
    }
  }
  /** How many of `count` more Pods like `pod` would be placed now (the state is left as it was). */
  countFitting(pod, count) {
    const trial = [];
    for (let i = 0; i < count; i++) {
      const copy = { ...pod, name: `${pod.name}-surge-${i}`, node: void 0, status: "Unsimulated" };
      if (!this.place(copy).node) break;
      trial.push(copy);
    }
    for (const copy of trial) this.remove(copy);
    return trial.length;
  }
  /** Requests against allocatable per node, in the model's node order. */
  usage() {
    return this.modelOrder.map(nodeUsage);
  }
  factsOf(spec) {
    let facts = this.facts.get(spec);
    if (!facts) {
      this.facts.set(spec, facts = podFactsOf(spec));
      fitResourceSlots(this.modelOrder);
    }
    return facts;
  }
  labelledFacts(pod, facts) {
    const key = `${pod.namespace}\0${labelsKey(pod.labels)}`;
    let labelled = facts.byLabels.get(key);
    if (!labelled) {
      const spread = facts.hasSpread ? spreadConstraintsOf(pod.spec, pod.labels) : [];
      labelled = {
        affinity: facts.hasPodAffinity ? requiredAffinityTerms(pod.spec, "podAffinity", pod.namespace, pod.labels, this.namespaceLabels) : [],
        antiAffinity: facts.hasPodAntiAffinity ? requiredAffinityTerms(pod.spec, "podAntiAffinity", pod.namespace, pod.labels, this.namespaceLabels) : [],
        spread,
        spreadEligibility: spread.length > 0 ? spreadEligibility(spread, this.modelOrder, facts.nodeAffinity, facts.tolerations) : []
      };
      facts.byLabels.set(key, labelled);
    }
    return labelled;
  }
  run(pod) {
    const facts = this.factsOf(pod.spec);
    const specPath = (pod.source && podSpecOf(pod.source)?.path) ?? ["spec"];
    const pending = (reason, message, hint, path) => ({ decision: { reason, message, hint, path }, facts, plans: [] });
    if (Array.isArray(pod.spec.schedulingGates) && pod.spec.schedulingGates.length > 0) {
      return pending("SchedulingGated", "SchedulingGated: the Pod waits for spec.schedulingGates to be removed; no FailedScheduling event is written", "remove the scheduling gates once the Pod may be scheduled", [...specPath, "schedulingGates"]);
    }
    if (typeof pod.spec.nodeName === "string" && pod.spec.nodeName !== "") {
      const node = this.byName.get(pod.spec.nodeName);
      const decision = preBoundDecision(pod.spec.nodeName, node, facts, specPath, this.wording);
      return { decision, target: decision.node !== void 0 ? node : void 0, facts, plans: [] };
    }
    if (this.nodes.length === 0) return pending("Unschedulable", "no nodes available to schedule pods", "the cluster model has no nodes");
    const options = { preemptionNever: facts.preemptionNever };
    if (facts.narrowedTo?.size === 0) {
      return pending("Unschedulable", preFilterMessage(this.nodes.length, "pod affinity terms conflict", this.wording, options), "the required node affinity terms name no common node", [...specPath, "affinity", "nodeAffinity"]);
    }
    const claims = facts.hasVolumes || pod.owner.kind === "StatefulSet" ? claimsOfPod(pod, specPath, this.catalog) : [];
    const plans = claims.length > 0 ? planClaims(pod, claims, this.catalog, this.boundClaims, this.usedVolumes) : [];
    if (typeof plans === "string") {
      const claim = claims.find((c) => plans.includes(`"${c.name}"`)) ?? claims[0];
      const hint = plans.startsWith("persistentvolumeclaim") ? `create PersistentVolumeClaim "${claim.name}" in namespace ${pod.namespace}, or fix the claim name` : "no PersistentVolume matches the claim and its class does not provision: add a matching PersistentVolume or use a provisioning StorageClass";
      return pending("Unschedulable", preFilterMessage(this.nodes.length, plans, this.wording, options), hint, claim.path);
    }
    const labelled = this.labelledFacts(pod, facts);
    const spread = labelled.spread.length > 0 ? podTopologySpreadPreFilter(pod, labelled.spread, labelled.spreadEligibility, this.index, this.modelOrder) : void 0;
    const needsAffinity = labelled.affinity.length > 0 || labelled.antiAffinity.length > 0 || this.antiGroups.size > 0;
    let affinity = needsAffinity ? interPodAffinityPreFilter({ namespace: pod.namespace, labels: pod.labels, affinity: labelled.affinity, antiAffinity: labelled.antiAffinity }, this.index, this.antiGroups.values(), this.modelOrder) : void 0;
    if (affinity && affinity.affinity.length === 0 && affinity.antiAffinity.length === 0 && affinity.excludedByExisting.length === 0) affinity = void 0;
    const feasible = this.feasible;
    let found = 0;
    const enough = feasibleNodesToFind(this.nodes.length);
    const total = this.nodes.length;
    const cycle = { plans, spread, affinity, wording: this.wording, nodeCount: total, hasVolumes: this.catalog.volumes.length > 0 };
    let processed = 0;
    for (; processed < total && found < enough; processed++) {
      const node = this.nodes[(this.nextStart + processed) % total];
      if (!filterNode(node, facts, cycle)) feasible[found++] = node;
    }
    this.nextStart = (this.nextStart + processed) % total;
    if (found === 0) {
      const statuses = this.nodes.map((node) => filterNode(node, facts, cycle)).filter((status) => status !== void 0);
      const { hint, path } = unschedulableHint(statuses, { pod, specPath, requests: facts.requests, hostPorts: facts.hostPorts, claims, nodes: this.nodes });
      return { decision: { reason: "Unschedulable", message: fitErrorMessage(statuses, this.wording, options), hint, path }, facts, labelled, plans };
    }
    const target = found === 1 ? feasible[0] : bestNode(feasible, found, {
      ...facts.scoring,
      preferNoSchedule: (n) => untoleratedPreferNoSchedule(facts.tolerations, n.node),
      preferredAffinity: (n) => preferredAffinityWeight(facts.nodeAffinity, n.node),
      scoresTaints: this.anyPreferNoSchedule,
      scoresAffinity: facts.nodeAffinity.preferred.length > 0
    });
    return { decision: { node: target.node.name }, target, facts, labelled, plans };
  }
  commit(pod, node, facts, labelled, plans) {
    for (const [id, amount] of facts.orderedRequests) node.requested[id] += amount;
    node.podCount += 1;
    node.scoringCpu += facts.scoring.cpu;
    node.scoringMemory += facts.scoring.memory;
    for (const port of facts.hostPorts) node.ports.push(port);
    this.index.add(pod.namespace, pod.labels, node.index);
    let antiGroup;
    if (labelled.antiAffinity.length > 0) {
      const key = `${this.specId(pod.spec)}\0${pod.namespace}\0${labelsKey(pod.labels)}`;
      antiGroup = this.antiGroups.get(key);
      if (!antiGroup) this.antiGroups.set(key, antiGroup = { terms: labelled.antiAffinity, onNode: /* @__PURE__ */ new Map() });
      antiGroup.onNode.set(node.index, (antiGroup.onNode.get(node.index) ?? 0) + 1);
    }
    const volumes = volumesToBind(plans, node).filter(([claim]) => !this.boundClaims.has(`${pod.namespace}/${claim.name}`));
    for (const [claim, volume] of volumes) {
      this.boundClaims.set(`${pod.namespace}/${claim.name}`, volume);
      this.usedVolumes.add(volume.name);
    }
    this.placed.set(pod, { node, facts, antiGroup, volumes });
    pod.node = node.node.name;
    pod.status = "Scheduled";
  }
  specId(spec) {
    let id = this.specIds.get(spec);
    if (id === void 0) this.specIds.set(spec, id = nextSpecId++);
    return id;
  }
};
var nextSpecId = 1;
function decrement(counts, key) {
  const count = (counts.get(key) ?? 0) - 1;
  if (count > 0) counts.set(key, count);
  else counts.delete(key);
}

// src/plan/schedule/schedule-pods.ts
function schedulePods(pods, model, options) {
  return schedulePodsOn(new SchedulerState(model, options), pods);
}
function schedulePodsOn(state, pods) {
  const result = { placements: [], pending: [], nodes: [] };
  const blockedStatefulSets = /* @__PURE__ */ new Set();
  for (const pod of pods) {
    const { name, namespace, owner, source } = pod;
    const ownerKey = `${owner.kind}/${namespace}/${owner.name}`;
    if (blockedStatefulSets.has(ownerKey)) {
      pod.status = "Pending";
      result.pending.push({
        pod: name,
        namespace,
        owner,
        source,
        reason: "NotCreated",
        message: "not created: with podManagementPolicy OrderedReady the StatefulSet waits for the previous ordinal to be Running and Ready",
        hint: "get the earlier ordinal scheduled first, or set podManagementPolicy: Parallel",
        path: ["spec", "podManagementPolicy"]
      });
      continue;
    }
    const decision = state.place(pod);
    if (decision.node !== void 0) {
      result.placements.push({ pod: name, namespace, owner, node: decision.node });
      continue;
    }
    result.pending.push({ pod: name, namespace, owner, source, reason: decision.reason, message: decision.message, hint: decision.hint, path: decision.path });
    if (owner.kind === "StatefulSet" && isOrderedReady(pod)) blockedStatefulSets.add(ownerKey);
  }
  result.nodes = state.usage();
  return result;
}
function isOrderedReady(pod) {
  const spec = pod.source?.object.spec;
  return !isObject(spec) || spec.podManagementPolicy === void 0 || spec.podManagementPolicy === "OrderedReady";
}

// src/plan/cluster-facts.ts
function clusterFacts(set, model, options) {
  const pods = expandPods(set, { nodes: model.nodes, defaultNamespace: options.defaultNamespace });
  const result = schedulePods(pods, model, { kubernetesVersion: options.kubernetesVersion, resources: set, defaultNamespace: options.defaultNamespace });
  const pending = /* @__PURE__ */ new Map();
  for (const pod of result.pending) {
    if (!pod.source) continue;
    const list = pending.get(pod.source) ?? [];
    const fact = { pod: pod.pod, message: pod.message, hint: pod.hint };
    if (pod.path) fact.path = pod.path;
    list.push(fact);
    pending.set(pod.source, list);
  }
  return { describedAs: model.describedAs, pendingPodsOf: (workload) => pending.get(workload) ?? [] };
}

export {
  defaultMaxPods,
  expandPodsWithCuts,
  SchedulerState,
  schedulePodsOn,
  clusterFacts
};
