import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  DrydockError,
  compareQuantities,
  configReferencesOf,
  declaredReplicas,
  duplicateObjectMessage,
  formatPath,
  hpaMinReplicas,
  hpasTargeting,
  isClusterScoped,
  isKindOf,
  isObject,
  labelsOf,
  mergeKeyOf,
  minorOf,
  namespaceOf,
  objectKey,
  parseImageReference,
  parseIntOrPercent,
  parseQuantity,
  plural,
  podCreatorsOf,
  podLabelsOf,
  podSpecOf,
  podTemplatePath,
  removeEmptyDefaults,
  replicatedKinds,
  resourceIdOf,
  rolloutKinds,
  scalableKinds,
  scaledCount,
  selectorMatches,
  splitApiVersion,
  templateControllerKinds,
  updateStrategyKinds,
  usesStrategicMerge,
  valueAt
} from "./chunk-084AE718.js";

// src/plan/diff/apply-order.ts
var first = ["Namespace", "CustomResourceDefinition"];
var helmInstallOrder = [
  "PriorityClass",
  "NetworkPolicy",
  "ResourceQuota",
  "LimitRange",
  "PodSecurityPolicy",
  "PodDisruptionBudget",
  "ServiceAccount",
  "Secret",
  "SecretList",
  "ConfigMap",
  "StorageClass",
  "PersistentVolume",
  "PersistentVolumeClaim",
  "ClusterRole",
  "ClusterRoleList",
  "ClusterRoleBinding",
  "ClusterRoleBindingList",
  "Role",
  "RoleList",
  "RoleBinding",
  "RoleBindingList",
  "Service",
  "DaemonSet",
  "Pod",
  "ReplicationController",
  "ReplicaSet",
  "Deployment",
  "HorizontalPodAutoscaler",
  "StatefulSet",
  "Job",
  "CronJob",
  "IngressClass",
  "Ingress"
];
var last = ["APIService", "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration"];
var helmUninstallOrder = [
  "ValidatingWebhookConfiguration",
  "MutatingWebhookConfiguration",
  "APIService",
  "Ingress",
  "IngressClass",
  "Service",
  "CronJob",
  "Job",
  "StatefulSet",
  "HorizontalPodAutoscaler",
  "Deployment",
  "ReplicaSet",
  "ReplicationController",
  "Pod",
  "DaemonSet",
  "RoleBindingList",
  "RoleBinding",
  "RoleList",
  "Role",
  "ClusterRoleBindingList",
  "ClusterRoleBinding",
  "ClusterRoleList",
  "ClusterRole",
  "CustomResourceDefinition",
  "PersistentVolumeClaim",
  "PersistentVolume",
  "StorageClass",
  "ConfigMap",
  "SecretList",
  "Secret",
  "ServiceAccount",
  "PodDisruptionBudget",
  "PodSecurityPolicy",
  "LimitRange",
  "ResourceQuota",
  "NetworkPolicy",
  "Namespace",
  "PriorityClass"
];
var installRank = new Map([...first, ...helmInstallOrder].map((kind, i) => [kind, i]));
var lastRank = new Map(last.map((kind, i) => [kind, 1e3 + i]));
var uninstallRank = new Map(helmUninstallOrder.map((kind, i) => [kind, i]));
function installKey(kind) {
  return [installRank.get(kind) ?? lastRank.get(kind) ?? 500, kind];
}
function deleteKey(kind) {
  const rank2 = uninstallRank.get(kind);
  return rank2 === void 0 ? [-1, kind] : [rank2, kind];
}
var compareText = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function sortInApplyOrder(changes) {
  const keyed = changes.map((change) => {
    const isDelete = change.action === "delete";
    const [rank2, kind] = isDelete ? deleteKey(change.kind) : installKey(change.kind);
    return { change, isDelete, rank: rank2, kind, namespace: change.namespace ?? "" };
  });
  keyed.sort((a, b) => {
    if (a.isDelete !== b.isDelete) return a.isDelete ? 1 : -1;
    return a.rank - b.rank || compareText(a.kind, b.kind) || compareText(a.namespace, b.namespace) || compareText(a.change.name, b.change.name);
  });
  keyed.forEach((entry, i) => changes[i] = entry.change);
}

// src/plan/diff/config-references.ts
function workloadsReading(set, kind, name, namespace, defaultNamespace) {
  return set.items.filter((resource) => {
    if ((resource.namespace ?? defaultNamespace) !== namespace || !podSpecOf(resource)) return false;
    return configReferencesOf(resource).some((reference) => reference.kind === kind && reference.ref[reference.nameField] === name);
  });
}

// src/plan/diff/controller-owned.ts
var controllerKinds = /* @__PURE__ */ new Set(["Event", "Endpoints", "EndpointSlice", "Lease", "ControllerRevision", "ComponentStatus", "Node"]);
var builtInNamespaces = /* @__PURE__ */ new Set(["default", "kube-system", "kube-public", "kube-node-lease"]);
function isControllerOwned(object, kind, name) {
  if (controllerKinds.has(kind)) return true;
  const metadata = isObject(object.metadata) ? object.metadata : {};
  const owners = metadata.ownerReferences;
  if (Array.isArray(owners) && owners.some((owner) => isObject(owner) && owner.controller === true)) return true;
  if (kind === "ConfigMap" && name === "kube-root-ca.crt") return true;
  if (kind === "ServiceAccount" && name === "default") return true;
  if (kind === "Namespace" && builtInNamespaces.has(name)) return true;
  if (kind === "Service" && name === "kubernetes" && metadata.namespace === "default") return true;
  return false;
}
function isBuiltInNamespace(name) {
  return builtInNamespaces.has(name);
}

// src/plan/diff/field-diff.ts
var sensitiveValue = "(sensitive value)";
var plainKey = /^[A-Za-z_$][\w$-]*$/;
var quantityMaps = /* @__PURE__ */ new Set(["requests", "limits", "overhead", "hard", "capacity", "allocatable"]);
function sameValue(a, b, parentKey) {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => key in b && sameValue(a[key], b[key], key));
  }
  if (typeof parentKey === "string" && (quantityMaps.has(parentKey) || parentKey === "storage" || parentKey === "sizeLimit")) {
    const left = parseQuantity(a);
    const right = parseQuantity(b);
    if (left && right) return compareQuantities(left, right) === 0;
  }
  return false;
}
function diffFields(before, after, options) {
  const out = [];
  walk(before, after, [], "", options, out);
  return out;
}
function join(display, key) {
  if (plainKey.test(key)) return display === "" ? key : `${display}.${key}`;
  return `${display}[${JSON.stringify(key)}]`;
}
function walk(before, after, path, display, options, out) {
  const parentKey = path.length > 0 ? path[path.length - 1] : void 0;
  const quantityKey = path.length > 1 ? path[path.length - 2] : void 0;
  if (sameValue(before, after, typeof quantityKey === "string" && quantityMaps.has(quantityKey) ? quantityKey : parentKey)) return;
  if (isObject(before) && isObject(after)) {
    const keys = [...Object.keys(after), ...Object.keys(before).filter((key) => !(key in after))];
    for (const key of keys) walk(before[key], after[key], [...path, key], join(display, key), options, out);
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const mergeKey = options.strategic ? mergeKeyOf(path) : void 0;
    if (mergeKey !== void 0 && [...before, ...after].every((item) => isObject(item) && item[mergeKey] !== void 0)) {
      walkKeyedList(before, after, mergeKey, path, display, options, out);
      return;
    }
    if (before.length === after.length) {
      before.forEach((item, i) => walk(item, after[i], [...path, i], `${display}[${i}]`, options, out));
      return;
    }
  }
  const sensitive = typeof path[0] === "string" && options.sensitiveRoots?.has(path[0]) === true;
  const change = { path: display, jsonPath: path };
  if (sensitive) change.sensitive = true;
  if (before !== void 0) change.before = sensitive ? sensitiveValue : before;
  if (after !== void 0) change.after = sensitive ? sensitiveValue : after;
  out.push(change);
}
function walkKeyedList(before, after, mergeKey, path, display, options, out) {
  const keyOf2 = (item) => String(item[mergeKey]);
  const beforeByKey = new Map(before.map((item) => [keyOf2(item), item]));
  const afterKeys = new Set(after.map(keyOf2));
  after.forEach((item, index) => {
    const key = keyOf2(item);
    walk(beforeByKey.get(key), item, [...path, index], `${display}[${mergeKey}=${key}]`, options, out);
  });
  before.forEach((item, index) => {
    const key = keyOf2(item);
    if (!afterKeys.has(key)) walk(item, void 0, [...path, index], `${display}[${mergeKey}=${key}]`, options, out);
  });
}

// src/plan/diff/immutable-fields.ts
var startsWith = (path, ...prefix) => prefix.every((part, i) => path[i] === part);
var selectorLocked = (path) => startsWith(path, "spec", "selector") ? "spec.selector is immutable" : void 0;
var statefulSetMutable = /* @__PURE__ */ new Set(["replicas", "ordinals", "template", "updateStrategy", "persistentVolumeClaimRetentionPolicy", "minReadySeconds"]);
var jobLocked = /* @__PURE__ */ new Set(["selector", "template", "completionMode", "podFailurePolicy", "backoffLimitPerIndex", "completions", "managedBy", "successPolicy"]);
var podMutable = /* @__PURE__ */ new Set(["activeDeadlineSeconds", "tolerations", "terminationGracePeriodSeconds", "schedulingGates"]);
var wasImmutable = (before) => before.immutable === true;
var rules = {
  Deployment: selectorLocked,
  ReplicaSet: selectorLocked,
  DaemonSet: selectorLocked,
  StatefulSet: (path) => path[0] === "spec" && typeof path[1] === "string" && !statefulSetMutable.has(path[1]) ? `spec.${path[1]} of a StatefulSet is immutable (only replicas, ordinals, template, updateStrategy, persistentVolumeClaimRetentionPolicy and minReadySeconds may change)` : void 0,
  Job: (path) => path[0] === "spec" && typeof path[1] === "string" && jobLocked.has(path[1]) ? `spec.${path[1]} of a Job is immutable` : void 0,
  Pod: (path) => {
    if (path[0] !== "spec" || typeof path[1] !== "string" || podMutable.has(path[1])) return void 0;
    if ((path[1] === "containers" || path[1] === "initContainers") && path[3] === "image" && path.length === 4) return void 0;
    return `spec.${path[1]} of a Pod cannot be updated (only container images, activeDeadlineSeconds, tolerations and terminationGracePeriodSeconds can)`;
  },
  Service: (path, before, after) => {
    const typeOf = (object) => valueAt(object, ["spec", "type"]);
    const toOrFromExternalName = typeOf(before) !== typeOf(after) && (typeOf(before) === "ExternalName" || typeOf(after) === "ExternalName");
    if ((startsWith(path, "spec", "clusterIP") || startsWith(path, "spec", "clusterIPs")) && !toOrFromExternalName) {
      const had = valueAt(before, ["spec", "clusterIP"]);
      if (had !== void 0 && had !== "") return "spec.clusterIP is immutable once allocated";
    }
    if (startsWith(path, "spec", "loadBalancerClass") && valueAt(before, path) !== void 0) return "spec.loadBalancerClass is immutable once set";
    if (startsWith(path, "spec", "healthCheckNodePort") && valueAt(before, path) !== void 0) return "spec.healthCheckNodePort is immutable once set";
    if (startsWith(path, "spec", "ipFamilies") && path[2] === 0) return "the primary entry of spec.ipFamilies is immutable";
    return void 0;
  },
  PersistentVolumeClaim: (path, before, after) => {
    if (path[0] !== "spec") return void 0;
    if (path[1] === "volumeAttributesClassName") return void 0;
    if (path[1] === "volumeName" && valueAt(before, path) === void 0) return void 0;
    if (startsWith(path, "spec", "resources", "requests", "storage")) {
      const was = parseQuantity(valueAt(before, path));
      const now = parseQuantity(valueAt(after, path));
      return was && now && compareQuantities(now, was) < 0 ? "a PersistentVolumeClaim can grow but never shrink" : void 0;
    }
    return `spec.${String(path[1])} of a PersistentVolumeClaim is immutable (only the storage request may grow)`;
  },
  PersistentVolume: (path, before) => {
    if (path[0] !== "spec") return void 0;
    const mutable = ["capacity", "accessModes", "persistentVolumeReclaimPolicy", "mountOptions", "claimRef", "storageClassName", "volumeAttributesClassName"];
    if (typeof path[1] !== "string" || mutable.includes(path[1])) return void 0;
    if (path[1] === "nodeAffinity" && valueAt(before, ["spec", "nodeAffinity"]) === void 0) return void 0;
    return `spec.${path[1]} of a PersistentVolume is immutable after creation`;
  },
  ConfigMap: (path, before) => wasImmutable(before) && ["data", "binaryData", "immutable"].includes(String(path[0])) ? "the ConfigMap is immutable: true" : void 0,
  Secret: (path, before) => {
    if (path[0] === "type") return "the type of a Secret is immutable";
    return wasImmutable(before) && ["data", "immutable"].includes(String(path[0])) ? "the Secret is immutable: true" : void 0;
  },
  RoleBinding: (path) => path[0] === "roleRef" ? "roleRef is immutable" : void 0,
  ClusterRoleBinding: (path) => path[0] === "roleRef" ? "roleRef is immutable" : void 0,
  StorageClass: (path) => ["provisioner", "parameters", "reclaimPolicy", "volumeBindingMode"].includes(String(path[0])) ? `${String(path[0])} of a StorageClass is immutable` : void 0,
  VolumeAttributesClass: (path) => ["driverName", "parameters"].includes(String(path[0])) ? `${String(path[0])} of a VolumeAttributesClass is immutable` : void 0,
  IngressClass: (path) => startsWith(path, "spec", "controller") ? "spec.controller of an IngressClass is immutable" : void 0,
  CSIDriver: (path) => startsWith(path, "spec", "attachRequired") || startsWith(path, "spec", "volumeLifecycleModes") ? `spec.${String(path[1])} of a CSIDriver is immutable` : void 0,
  CustomResourceDefinition: (path) => {
    if (startsWith(path, "spec", "group") || startsWith(path, "spec", "names", "plural")) return `${path.join(".")} of a CustomResourceDefinition is immutable`;
    if (startsWith(path, "spec", "scope") || startsWith(path, "spec", "names", "kind")) return `${path.join(".")} of an established CustomResourceDefinition is immutable`;
    return void 0;
  }
};
function immutableReason(kind, path, before, after) {
  if (path.length === 2 && path[0] === "metadata" && (path[1] === "name" || path[1] === "namespace")) return `metadata.${path[1]} is immutable`;
  const rule = rules[kind];
  return rule ? rule(path, before, after) : void 0;
}
function replaceConsequence(kind) {
  switch (kind) {
    case "Deployment":
    case "DaemonSet":
    case "StatefulSet":
    case "ReplicaSet":
      return "all Pods are deleted and then recreated: an outage for this workload";
    case "Service":
      return "the Service is deleted and recreated: a new cluster IP and node ports, a new load balancer address";
    case "PersistentVolumeClaim":
    case "PersistentVolume":
      return "the volume is deleted and recreated: its data is lost unless the reclaim policy is Retain";
    case "Job":
      return "the Job and its Pods are deleted; the new Job runs from the start";
    case "Pod":
      return "the Pod is deleted and recreated";
    default:
      return void 0;
  }
}

// src/plan/diff/mask-secret.ts
var safeSecretFields = /* @__PURE__ */ new Set(["apiVersion", "kind", "metadata", "type", "immutable"]);
function sensitiveSecretFields(...sides) {
  return new Set(sides.flatMap((side) => Object.keys(side ?? {})).filter((key) => !safeSecretFields.has(key)));
}
function maskedLeaves(value) {
  if (Array.isArray(value)) return value.map(maskedLeaves);
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, maskedLeaves(item)]));
  return "***";
}
function maskSecretPair(before, after) {
  const data = (side) => side && isObject(side.data) ? side.data : {};
  const [old, now] = [data(before), data(after)];
  const mask = (side, own, other, changed) => {
    if (!side) return void 0;
    const copy = structuredClone(side);
    if (isObject(copy.data)) {
      for (const key of Object.keys(own)) copy.data[key] = key in other && other[key] !== own[key] ? changed : "***";
    }
    for (const key of sensitiveSecretFields(copy)) if (key !== "data") copy[key] = maskedLeaves(copy[key]);
    return copy;
  };
  return { before: mask(before, old, now, "*** (before)"), after: mask(after, now, old, "*** (after)") };
}

// src/plan/diff/normalize.ts
var meaningfulEmpty = /* @__PURE__ */ new Set(["emptyDir"]);
function withoutEmpty(value) {
  if (Array.isArray(value)) return value.map((item) => withoutEmpty(item) ?? {});
  if (!isObject(value)) return value;
  const out = {};
  for (const [key, item] of Object.entries(value)) {
    const cleaned = withoutEmpty(item);
    if (cleaned === null || cleaned === void 0) continue;
    const empty = Array.isArray(cleaned) ? cleaned.length === 0 : isObject(cleaned) && Object.keys(cleaned).length === 0;
    if (empty && !meaningfulEmpty.has(key)) continue;
    out[key] = cleaned;
  }
  return out;
}
function foldStringData(secret) {
  const stringData = secret.stringData;
  if (!isObject(stringData)) return;
  const data = isObject(secret.data) ? secret.data : {};
  for (const [key, value] of Object.entries(stringData)) {
    if (typeof value === "string") data[key] = Buffer.from(value, "utf8").toString("base64");
  }
  secret.data = data;
  delete secret.stringData;
}
function isSecret(apiVersion, kind) {
  return apiVersion === "v1" && kind === "Secret";
}
function mustMaskValues(kind) {
  return typeof kind === "string" && kind.trim().toLowerCase() === "secret";
}

// src/plan/diff/object-scope.ts
var ObjectScope = class {
  crdScopes = /* @__PURE__ */ new Map();
  constructor(crds) {
    for (const crd of crds) {
      const spec = crd.object.spec;
      if (!isObject(spec) || !isObject(spec.names)) continue;
      const { group } = spec;
      const { kind } = spec.names;
      if (typeof group === "string" && typeof kind === "string" && typeof spec.scope === "string") {
        this.crdScopes.set(`${group}/${kind}`, spec.scope);
      }
    }
  }
  isClusterScoped(apiVersion, kind) {
    return isClusterScoped({ apiVersion, kind }) || this.crdScopes.get(`${splitApiVersion(apiVersion).group}/${kind}`) === "Cluster";
  }
  /** The CRD of a kind is known (in either state), or the kind is built in. */
  hasCrdFor(apiVersion, kind) {
    return this.crdScopes.has(`${splitApiVersion(apiVersion).group}/${kind}`);
  }
};

// src/plan/plan-diagnostic.ts
function planDiagnostic(resource, path, severity, code, message) {
  return { ruleId: `plan/${code}`, severity, message, range: resource.rangeOf(path), resource: resourceIdOf(resource), path };
}

// src/plan/diff/server-defaults.ts
function setDefault(object, key, value) {
  if (object[key] === void 0 || object[key] === null) object[key] = value;
}
function child(object, key) {
  const value = object[key];
  return isObject(value) ? value : void 0;
}
function eachObject(list, visit) {
  if (Array.isArray(list)) {
    for (const item of list) if (isObject(item)) visit(item);
  }
}
var probeDefaults = [
  ["timeoutSeconds", 1],
  ["periodSeconds", 10],
  ["successThreshold", 1],
  ["failureThreshold", 3]
];
function defaultContainer(container) {
  setDefault(container, "terminationMessagePath", "/dev/termination-log");
  setDefault(container, "terminationMessagePolicy", "File");
  if (typeof container.image === "string" && container.imagePullPolicy === void 0) {
    const { tag, digest } = parseImageReference(container.image);
    container.imagePullPolicy = digest === void 0 && (tag === void 0 || tag === "latest") ? "Always" : "IfNotPresent";
  }
  eachObject(container.ports, (port) => setDefault(port, "protocol", "TCP"));
  for (const name of ["livenessProbe", "readinessProbe", "startupProbe"]) {
    const probe = child(container, name);
    if (!probe) continue;
    for (const [key, value] of probeDefaults) setDefault(probe, key, value);
    const httpGet = child(probe, "httpGet");
    if (httpGet) setDefault(httpGet, "scheme", "HTTP");
  }
  eachObject(container.env, (variable) => {
    const fieldRef = child(child(variable, "valueFrom") ?? {}, "fieldRef");
    if (fieldRef) setDefault(fieldRef, "apiVersion", "v1");
  });
}
function defaultPodSpec(spec, kind) {
  if (kind !== "Job" && kind !== "CronJob") setDefault(spec, "restartPolicy", "Always");
  setDefault(spec, "terminationGracePeriodSeconds", 30);
  setDefault(spec, "dnsPolicy", "ClusterFirst");
  setDefault(spec, "schedulerName", "default-scheduler");
  for (const list of ["containers", "initContainers"]) eachObject(spec[list], defaultContainer);
  eachObject(spec.volumes, (volume) => {
    for (const source of ["configMap", "secret", "downwardAPI", "projected"]) {
      const found = child(volume, source);
      if (found) setDefault(found, "defaultMode", 420);
    }
  });
}
var rollingUpdate25 = () => ({ maxSurge: "25%", maxUnavailable: "25%" });
function defaultWorkloadSpec(kind, spec) {
  switch (kind) {
    case "Deployment": {
      setDefault(spec, "replicas", 1);
      setDefault(spec, "revisionHistoryLimit", 10);
      setDefault(spec, "progressDeadlineSeconds", 600);
      setDefault(spec, "strategy", { type: "RollingUpdate" });
      const strategy = child(spec, "strategy");
      if (strategy) {
        setDefault(strategy, "type", "RollingUpdate");
        if (strategy.type === "RollingUpdate") {
          setDefault(strategy, "rollingUpdate", rollingUpdate25());
          const rolling = child(strategy, "rollingUpdate");
          if (rolling) for (const [key, value] of Object.entries(rollingUpdate25())) setDefault(rolling, key, value);
        }
      }
      break;
    }
    case "ReplicaSet":
    case "ReplicationController":
      setDefault(spec, "replicas", 1);
      break;
    case "StatefulSet": {
      setDefault(spec, "replicas", 1);
      setDefault(spec, "podManagementPolicy", "OrderedReady");
      setDefault(spec, "revisionHistoryLimit", 10);
      setDefault(spec, "updateStrategy", { type: "RollingUpdate" });
      const strategy = child(spec, "updateStrategy");
      if (strategy?.type === "RollingUpdate") {
        setDefault(strategy, "rollingUpdate", { partition: 0 });
        const rolling = child(strategy, "rollingUpdate");
        if (rolling) setDefault(rolling, "partition", 0);
      }
      setDefault(spec, "persistentVolumeClaimRetentionPolicy", { whenDeleted: "Retain", whenScaled: "Retain" });
      eachObject(spec.volumeClaimTemplates, (claim) => {
        setDefault(claim, "apiVersion", "v1");
        setDefault(claim, "kind", "PersistentVolumeClaim");
        const claimSpec = child(claim, "spec");
        if (claimSpec) setDefault(claimSpec, "volumeMode", "Filesystem");
        delete claim.status;
      });
      break;
    }
    case "DaemonSet": {
      setDefault(spec, "revisionHistoryLimit", 10);
      setDefault(spec, "updateStrategy", { type: "RollingUpdate" });
      const strategy = child(spec, "updateStrategy");
      if (strategy?.type === "RollingUpdate") {
        setDefault(strategy, "rollingUpdate", { maxUnavailable: 1, maxSurge: 0 });
        const rolling = child(strategy, "rollingUpdate");
        if (rolling) {
          setDefault(rolling, "maxUnavailable", 1);
          setDefault(rolling, "maxSurge", 0);
        }
      }
      break;
    }
    case "Job":
      defaultJobSpec(spec);
      break;
    case "CronJob": {
      setDefault(spec, "concurrencyPolicy", "Allow");
      setDefault(spec, "suspend", false);
      setDefault(spec, "successfulJobsHistoryLimit", 3);
      setDefault(spec, "failedJobsHistoryLimit", 1);
      const jobSpec = child(child(spec, "jobTemplate") ?? {}, "spec");
      if (jobSpec) defaultJobSpec(jobSpec);
      break;
    }
  }
}
function defaultJobSpec(spec) {
  if (spec.parallelism === void 0 && spec.completions === void 0) {
    spec.parallelism = 1;
    spec.completions = 1;
  }
  setDefault(spec, "backoffLimit", 6);
  setDefault(spec, "completionMode", "NonIndexed");
  setDefault(spec, "suspend", false);
}
function defaultService(spec) {
  setDefault(spec, "type", "ClusterIP");
  setDefault(spec, "sessionAffinity", "None");
  setDefault(spec, "internalTrafficPolicy", "Cluster");
  if (spec.type === "NodePort" || spec.type === "LoadBalancer") setDefault(spec, "externalTrafficPolicy", "Cluster");
  eachObject(spec.ports, (port) => {
    setDefault(port, "protocol", "TCP");
    if (spec.type !== "ExternalName") setDefault(port, "targetPort", port.port);
  });
}
function applyServerDefaults(object, kind) {
  if (typeof object.apiVersion === "string") removeEmptyDefaults(object, object.apiVersion, kind);
  const spec = child(object, "spec");
  if (kind === "Service" && spec) defaultService(spec);
  else if (kind === "Secret") setDefault(object, "type", "Opaque");
  else if (kind === "PersistentVolumeClaim" && spec) setDefault(spec, "volumeMode", "Filesystem");
  else if (kind === "HorizontalPodAutoscaler" && spec) setDefault(spec, "minReplicas", 1);
  if (spec) defaultWorkloadSpec(kind, spec);
  const templatePath = podTemplatePath(kind);
  if (templatePath === void 0) return;
  const podSpec = valueAt(object, [...templatePath, "spec"]);
  if (isObject(podSpec)) defaultPodSpec(podSpec, kind);
}

// src/plan/diff/server-fields.ts
var lastAppliedAnnotation = "kubectl.kubernetes.io/last-applied-configuration";
var serverMetadata = ["uid", "resourceVersion", "generation", "creationTimestamp", "selfLink", "deletionTimestamp", "deletionGracePeriodSeconds", "managedFields"];
var controllerFinalizers = /* @__PURE__ */ new Set(["kubernetes.io/pvc-protection", "kubernetes.io/pv-protection", "foregroundDeletion", "orphan"]);
var serverAnnotations = [lastAppliedAnnotation, "deployment.kubernetes.io/revision"];
var serverAnnotationPrefixes = ["pv.kubernetes.io/", "volume.kubernetes.io/", "volume.beta.kubernetes.io/"];
function stripServerFields(object, kind, keepOwnerReferences) {
  delete object.status;
  const metadata = object.metadata;
  if (isObject(metadata)) {
    for (const key of serverMetadata) delete metadata[key];
    if (!keepOwnerReferences) delete metadata.ownerReferences;
    const annotations = metadata.annotations;
    if (isObject(annotations)) {
      for (const key of Object.keys(annotations)) {
        if (serverAnnotations.includes(key) || serverAnnotationPrefixes.some((prefix) => key.startsWith(prefix))) delete annotations[key];
      }
    }
    if (Array.isArray(metadata.finalizers)) metadata.finalizers = metadata.finalizers.filter((f) => !controllerFinalizers.has(String(f)));
    if (kind === "Namespace" && isObject(metadata.labels)) delete metadata.labels["kubernetes.io/metadata.name"];
  }
  const spec = object.spec;
  if (isObject(spec) && isObject(spec.template) && isObject(spec.template.metadata)) delete spec.template.metadata.creationTimestamp;
  if (isObject(spec) && isObject(spec.jobTemplate)) {
    const jobTemplate = spec.jobTemplate;
    if (isObject(jobTemplate.metadata)) delete jobTemplate.metadata.creationTimestamp;
    if (isObject(jobTemplate.spec) && isObject(jobTemplate.spec.template) && isObject(jobTemplate.spec.template.metadata)) {
      delete jobTemplate.spec.template.metadata.creationTimestamp;
    }
  }
}
function isLiveObject(object) {
  const metadata = object.metadata;
  if (!isObject(metadata)) return false;
  return metadata.uid !== void 0 || metadata.resourceVersion !== void 0 || metadata.creationTimestamp !== void 0 || metadata.managedFields !== void 0;
}
function lastAppliedOf(object) {
  const metadata = object.metadata;
  if (!isObject(metadata) || !isObject(metadata.annotations)) return void 0;
  const text = metadata.annotations[lastAppliedAnnotation];
  if (typeof text !== "string") return void 0;
  try {
    const parsed = JSON.parse(text);
    return isObject(parsed) ? parsed : void 0;
  } catch {
    return void 0;
  }
}

// src/plan/diff/three-way-merge.ts
function threeWayMerge(original, modified, current, style, path = []) {
  if (isObject(modified)) {
    if (!isObject(current)) return modified;
    const originalMap = isObject(original) ? original : {};
    const merged = { ...current };
    for (const [key, value] of Object.entries(modified)) {
      if (value === null) delete merged[key];
      else merged[key] = threeWayMerge(originalMap[key], value, current[key], style, [...path, key]);
    }
    for (const key of Object.keys(originalMap)) {
      if (!(key in modified)) delete merged[key];
    }
    return merged;
  }
  if (Array.isArray(modified)) {
    const mergeKey = style.strategic ? mergeKeyOf(path) : void 0;
    if (mergeKey === void 0 || !Array.isArray(current)) return modified;
    return mergeKeyedList(Array.isArray(original) ? original : [], modified, current, mergeKey, style, path);
  }
  return modified;
}
function keyOf(item, mergeKey) {
  if (!isObject(item)) return void 0;
  const value = item[mergeKey];
  return value === void 0 ? void 0 : JSON.stringify(value);
}
function mergeKeyedList(original, modified, current, mergeKey, style, path) {
  const originalByKey = new Map(original.map((item) => [keyOf(item, mergeKey), item]));
  const currentByKey = new Map(current.map((item) => [keyOf(item, mergeKey), item]));
  const modifiedKeys = new Set(modified.map((item) => keyOf(item, mergeKey)));
  const merged = modified.map((item, index) => {
    const key = keyOf(item, mergeKey);
    return threeWayMerge(originalByKey.get(key), item, currentByKey.get(key), style, [...path, index]);
  });
  for (const item of current) {
    const key = keyOf(item, mergeKey);
    if (!modifiedKeys.has(key) && !originalByKey.has(key)) merged.push(item);
  }
  return merged;
}

// src/plan/diff/make-plan.ts
function makePlan(desired, base, options) {
  const scope = new ObjectScope([...desired.ofKind("CustomResourceDefinition"), ...(base?.resources ?? []).filter((r) => r.kind === "CustomResourceDefinition")]);
  const diagnostics = [];
  const namespaceOf2 = (resource) => scope.isClusterScoped(resource.apiVersion, resource.kind) ? void 0 : resource.namespace ?? options.defaultNamespace;
  const baseEntries = /* @__PURE__ */ new Map();
  for (const resource of base?.resources ?? []) {
    const live = isLiveObject(resource.object);
    if (live && isControllerOwned(resource.object, resource.kind, resource.name)) continue;
    baseEntries.set(objectKey(resource.apiVersion, resource.kind, namespaceOf2(resource), resource.name), { resource, live, matched: false });
  }
  const winners = /* @__PURE__ */ new Map();
  const changes = [];
  for (const resource of desired) {
    const namespace = namespaceOf2(resource);
    const generateName = isObject(resource.object.metadata) ? resource.object.metadata.generateName : void 0;
    if (!resource.name && typeof generateName === "string") {
      changes.push(newChange(resource, namespace, "create", { name: `${generateName}*****`, notes: ["generateName: a new object on every run; `kubectl apply` refuses generateName, use `kubectl create`"] }));
      continue;
    }
    const key = objectKey(resource.apiVersion, resource.kind, namespace, resource.name);
    const earlier = winners.get(key);
    if (earlier) {
      const builtBy = earlier.source.kustomization !== void 0 && resource.source.kustomization !== void 0 ? [earlier.source.kustomization, resource.source.kustomization] : void 0;
      diagnostics.push(planDiagnostic(resource, ["metadata", "name"], "error", "duplicate-object", duplicateObjectMessage(resource.kind, resource.name, earlier.rangeOf(["metadata", "name"]), builtBy)));
      winners.delete(key);
    }
    winners.set(key, resource);
  }
  for (const [key, resource] of winners) {
    const namespace = namespaceOf2(resource);
    const entry = baseEntries.get(key);
    if (!entry) {
      changes.push(newChange(resource, namespace, "create", { after: createdObject(resource) }));
      continue;
    }
    entry.matched = true;
    changes.push(compareObject(resource, namespace, entry, desired, options, diagnostics));
  }
  let notPruned = 0;
  for (const entry of baseEntries.values()) {
    if (entry.matched) continue;
    const prunable = !entry.live || lastAppliedOf(entry.resource.object) !== void 0;
    if (!options.prune || !prunable) {
      notPruned += 1;
      continue;
    }
    const { resource } = entry;
    changes.push({ action: "delete", apiVersion: resource.apiVersion, kind: resource.kind, namespace: namespaceOf2(resource), name: resource.name, step: 0, fields: [], rollout: false, notes: [], before: deletedObject(entry) });
  }
  if (base) checkNamespacesAndCrds(desired, base, scope, namespaceOf2, diagnostics);
  sortInApplyOrder(changes);
  changes.forEach((change, i) => change.step = i + 1);
  return {
    base: base ? { kind: base.kind, name: base.name } : { kind: "none" },
    defaultNamespace: options.defaultNamespace,
    changes,
    summary: summarize(changes),
    notPruned,
    diagnostics
  };
}
function newChange(resource, namespace, action, extra) {
  const change = { action, apiVersion: resource.apiVersion, kind: resource.kind, name: resource.name, step: 0, fields: [], rollout: false, notes: [], desired: resource, ...extra };
  if (namespace !== void 0) change.namespace = namespace;
  return change;
}
function comparable(desired, entry) {
  const strategic = usesStrategicMerge(splitApiVersion(desired.apiVersion).group);
  const modified = structuredClone(desired.object);
  stripServerFields(modified, desired.kind, true);
  if (isSecret(desired.apiVersion, desired.kind)) foldStringData(modified);
  if (entry.live) {
    const current = structuredClone(entry.resource.object);
    const original = lastAppliedOf(current) ?? {};
    if (isSecret(desired.apiVersion, desired.kind)) foldStringData(original);
    stripServerFields(current, entry.resource.kind, isObject(modified.metadata) && modified.metadata.ownerReferences !== void 0);
    const merged = threeWayMerge(original, modified, current, { strategic });
    merged.apiVersion = current.apiVersion;
    return { before: withoutEmpty(current), after: withoutEmpty(merged) };
  }
  const previous = structuredClone(entry.resource.object);
  stripServerFields(previous, entry.resource.kind, true);
  if (isSecret(entry.resource.apiVersion, entry.resource.kind)) foldStringData(previous);
  applyServerDefaults(previous, entry.resource.kind);
  applyServerDefaults(modified, desired.kind);
  return { before: withoutEmpty(previous), after: withoutEmpty(modified) };
}
function createdObject(resource) {
  const object = structuredClone(resource.object);
  stripServerFields(object, resource.kind, true);
  if (!mustMaskValues(resource.kind)) return withoutEmpty(object);
  if (isSecret(resource.apiVersion, resource.kind)) foldStringData(object);
  return maskSecretPair(void 0, withoutEmpty(object)).after ?? {};
}
function deletedObject(entry) {
  const object = structuredClone(entry.resource.object);
  stripServerFields(object, entry.resource.kind, !entry.live);
  const cleaned = withoutEmpty(object);
  return mustMaskValues(entry.resource.kind) ? maskSecretPair(cleaned, void 0).before ?? {} : cleaned;
}
function compareObject(resource, namespace, entry, desired, options, diagnostics) {
  const { before, after } = comparable(resource, entry);
  for (const side of [before, after]) {
    const metadata = isObject(side.metadata) ? side.metadata : side.metadata = {};
    if (namespace === void 0) delete metadata.namespace;
    else metadata.namespace = namespace;
  }
  const secret = mustMaskValues(resource.kind) || mustMaskValues(entry.resource.kind);
  const strategic = usesStrategicMerge(splitApiVersion(resource.apiVersion).group);
  const differences = diffFields(before, after, { strategic, sensitiveRoots: secret ? sensitiveSecretFields(before, after) : void 0 });
  const sides = secret ? maskSecretPair(before, after) : { before, after };
  const change = newChange(resource, namespace, differences.length === 0 ? "unchanged" : "update", sides);
  if (entry.resource.apiVersion !== resource.apiVersion) {
    change.previousApiVersion = entry.resource.apiVersion;
    change.notes.push(`apiVersion ${entry.resource.apiVersion} \u2192 ${resource.apiVersion} (the same stored object)`);
  }
  const [firstDifference] = differences;
  if (!firstDifference) return change;
  const reasons = [];
  change.fields = differences.map((difference) => {
    const field = publicField(difference);
    const reason = immutableReason(resource.kind, difference.jsonPath, before, after);
    if (reason) {
      field.forcesReplace = true;
      if (!reasons.includes(reason)) reasons.push(reason);
      change.path ??= difference.jsonPath;
    }
    return field;
  });
  change.path ??= firstDifference.jsonPath;
  if (reasons.length > 0) {
    change.action = "replace";
    change.reason = reasons.join("; ");
    const consequence = replaceConsequence(resource.kind);
    if (consequence) change.notes.push(consequence);
  }
  const templatePath = podTemplatePath(resource.kind);
  if (templatePath && isKindOf(templateControllerKinds, resource.kind) && differences.some((d) => startsWith2(d.jsonPath, templatePath))) {
    change.rollout = true;
    if (resource.object.spec && isObject(resource.object.spec) && resource.object.spec.paused === true) change.notes.push("the Deployment is paused: the new template rolls out only when it is resumed");
  }
  if (resource.kind === "CronJob" && differences.some((d) => startsWith2(d.jsonPath, ["spec", "jobTemplate"]))) {
    change.notes.push("the next scheduled Job uses the new template; running Jobs keep the old one");
  }
  noteReplicasOwnedByHpa(resource, change, differences, entry, desired, options, diagnostics);
  noteConfigNotReloaded(resource, change, desired, options);
  return change;
}
function publicField(difference) {
  const field = { path: difference.path };
  if (difference.sensitive) field.sensitive = true;
  if ("before" in difference) field.before = difference.before;
  if ("after" in difference) field.after = difference.after;
  return field;
}
function startsWith2(path, prefix) {
  return prefix.every((part, i) => path[i] === part);
}
function noteReplicasOwnedByHpa(resource, change, differences, entry, desired, options, diagnostics) {
  const replicas = differences.find((d) => formatPath(d.jsonPath) === "spec.replicas");
  if (!replicas) return;
  const hpa = hpasTargeting(resource, desired, options.defaultNamespace)[0];
  if (!hpa) return;
  const declared = isObject(resource.object.spec) ? resource.object.spec.replicas : void 0;
  const message = declared === void 0 ? `spec.replicas was removed while HorizontalPodAutoscaler "${hpa.name}" manages it: the last apply set it, so applying drops it to 1 until the HPA rescales` : `spec.replicas is managed by HorizontalPodAutoscaler "${hpa.name}": applying resets it from ${String(replicas.before)} to ${String(replicas.after)} until the HPA rescales`;
  change.notes.push(message);
  const path = declared === void 0 ? ["spec"] : ["spec", "replicas"];
  if (declared !== void 0 || entry.live) diagnostics.push(planDiagnostic(resource, path, "warning", "replicas-owned-by-hpa", message));
}
function noteConfigNotReloaded(resource, change, desired, options) {
  if (resource.kind !== "ConfigMap" && resource.kind !== "Secret") return;
  if (!change.fields.some((field) => field.path.startsWith("data") || field.path.startsWith("binaryData"))) return;
  const readers = workloadsReading(desired, resource.kind, resource.name, change.namespace ?? options.defaultNamespace, options.defaultNamespace);
  const notRestarted = readers.filter((workload) => !templateChanged(workload));
  if (notRestarted.length > 0) {
    change.notes.push(`Pods of ${notRestarted.map((w) => `${w.kind}/${w.name}`).join(", ")} will not restart: env values keep the old content (add a checksum annotation to the pod template to roll them)`);
  }
}
function templateChanged(workload) {
  const templatePath = podTemplatePath(workload.kind);
  if (!templatePath) return false;
  let template = workload.object;
  for (const part of templatePath) template = isObject(template) ? template[part] : void 0;
  const annotations = isObject(template) && isObject(template.metadata) && isObject(template.metadata.annotations) ? template.metadata.annotations : {};
  return Object.keys(annotations).some((key) => /checksum|hash/i.test(key));
}
function checkNamespacesAndCrds(desired, base, scope, namespaceOf2, diagnostics) {
  if (base.kind !== "live") return;
  const namespaces = /* @__PURE__ */ new Set();
  for (const resource of [...desired, ...base.resources]) {
    if (resource.kind === "Namespace") namespaces.add(resource.name);
    const namespace = namespaceOf2(resource);
    if (namespace && base.resources.includes(resource)) namespaces.add(namespace);
  }
  for (const resource of desired) {
    const namespace = namespaceOf2(resource);
    if (namespace && !namespaces.has(namespace) && !isBuiltInNamespace(namespace)) {
      diagnostics.push(planDiagnostic(resource, resource.namespace ? ["metadata", "namespace"] : ["metadata"], "error", "namespace-missing", `namespace "${namespace}" exists neither in the input nor in ${base.name}: the create would fail with namespaces "${namespace}" not found`));
    }
    const { group } = splitApiVersion(resource.apiVersion);
    if (!usesStrategicMerge(group) && !scope.hasCrdFor(resource.apiVersion, resource.kind)) {
      diagnostics.push(planDiagnostic(resource, ["kind"], "error", "crd-missing", `no CustomResourceDefinition for ${resource.kind} (${group}) in the input or in ${base.name}: apply fails with no matches for kind "${resource.kind}" in version "${resource.apiVersion}"`));
    }
  }
}
function summarize(changes) {
  const summary = { create: 0, update: 0, replace: 0, delete: 0, unchanged: 0 };
  for (const change of changes) summary[change.action] += 1;
  return summary;
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

// src/plan/schedule/filter-status.ts
var byReason = /* @__PURE__ */ new Map();
function rejected(plugin, reason, unresolvable) {
  let status = byReason.get(reason);
  if (!status) byReason.set(reason, status = Object.freeze({ plugin, reasons: Object.freeze([reason]), unresolvable }));
  return status;
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
  const names3 = Array.isArray(term.namespaces) ? term.namespaces.map(String) : [];
  const namespaceSelector = isObject(term.namespaceSelector) ? term.namespaceSelector : void 0;
  const coversNamespace = (candidate) => {
    if (names3.length === 0 && namespaceSelector === void 0) return candidate === namespace;
    if (names3.includes(candidate)) return true;
    if (namespaceSelector === void 0) return false;
    const known = namespaceLabels.get(candidate) ?? { "kubernetes.io/metadata.name": candidate };
    return selectorMatches(namespaceSelector, known);
  };
  const topologyKey = typeof term.topologyKey === "string" ? term.topologyKey : "";
  const scope = names3.length === 0 && namespaceSelector === void 0 ? [namespace] : [names3, namespaceSelector];
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
      const domain = nodes[node]?.node.labels[term.topologyKey];
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
        const domain = nodes[node]?.node.labels[term.topologyKey];
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
  for (const [key, values] of state.excludedByExisting) {
    const domain = labels[key];
    if (domain !== void 0 && values.has(domain)) return rejected("InterPodAffinity", wording.existingAntiAffinity, false);
  }
  return void 0;
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
      const [bound] = values;
      if (value === void 0 || bound === void 0 || values.length !== 1 || !/^-?\d+$/.test(value) || !/^-?\d+$/.test(bound)) return false;
      return operator === "Gt" ? Number(value) > Number(bound) : Number(value) < Number(bound);
    }
    default:
      return false;
  }
}
function termMatches(term, node) {
  if (term.matchExpressions.length === 0 && term.matchFields.length === 0) return false;
  return term.matchExpressions.every((r) => requirementMatches(r, Object.hasOwn(node.labels, r.key) ? node.labels[r.key] : void 0)) && term.matchFields.every((r) => r.key === "metadata.name" && requirementMatches(r, node.name));
}
function nodeMatchesAffinity(rules2, node) {
  for (const [key, value] of Object.entries(rules2.nodeSelector)) if (node.labels[key] !== value) return false;
  return rules2.required === void 0 || rules2.required.some((term) => termMatches(term, node));
}
function narrowedNodeNames(rules2) {
  if (!rules2.required || rules2.required.length === 0) return void 0;
  const out = /* @__PURE__ */ new Set();
  for (const term of rules2.required) {
    const named = term.matchFields.filter((r) => r.key === "metadata.name" && r.operator === "In");
    const [first2, ...rest] = named;
    if (!first2) return void 0;
    let names3 = new Set(first2.values);
    for (const r of rest) names3 = new Set(r.values.filter((v) => names3.has(v)));
    for (const name of names3) out.add(name);
  }
  return out;
}
function nodeAffinityFilter(rules2, node, wording) {
  return nodeMatchesAffinity(rules2, node) ? void 0 : rejected("NodeAffinity", wording.nodeAffinity, true);
}
function preferredAffinityWeight(rules2, node) {
  let weight = 0;
  for (const { weight: w, term } of rules2.preferred) if (termMatches(term, node)) weight += w;
  return weight;
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

// src/plan/cluster/cluster-model.ts
var maxModelNodes = 5e3;
var taintEffects = ["NoSchedule", "PreferNoSchedule", "NoExecute"];
function isTaintEffect(value) {
  return typeof value === "string" && taintEffects.includes(value);
}

// src/plan/cluster/cluster-diagnostic.ts
function clusterDiagnostic(resource, path, message) {
  return {
    ruleId: "input/cluster-invalid",
    messageId: "cluster-invalid",
    severity: "error",
    message,
    range: resource.rangeOf(path),
    path
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
    const [key = "", value] = entry.slice(0, colon).split("=", 2);
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
  for (const [, value] of patch.matchAll(mapForm)) out.push(unquote(value));
  const listForm = new RegExp(`name:\\s*["']?${name}["']?[^\\S\\n]*\\n\\s*value:\\s*(.+)$`, "gm");
  for (const [, value] of patch.matchAll(listForm)) out.push(unquote(value));
  return out;
}
function registrationTaints(patch) {
  const out = [];
  const block = /^([ \t]*)taints:(?:[^\S\n]*\n)+((?:\1\s*-.*\n?|\1\s+\w+:.*\n?)*)/m.exec(patch);
  const items = block?.[2];
  if (items === void 0) return out;
  for (const item of items.split(/^[^\S\n]*-\s*/m).filter((s) => s.trim() !== "")) {
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

// src/plan/cluster/resource-units.ts
function toUnits(resource, quantity) {
  const exponent = quantity.exponent + (resource === "cpu" ? 3 : 0);
  if (exponent >= 0) return Number(quantity.mantissa * 10n ** BigInt(exponent));
  const divisor = 10n ** BigInt(-exponent);
  const whole = quantity.mantissa / divisor;
  return Number(quantity.mantissa % divisor > 0n ? whole + 1n : whole);
}
var binarySuffixes = [["Ti", 2 ** 40], ["Gi", 2 ** 30], ["Mi", 2 ** 20], ["Ki", 2 ** 10]];
function isByteResource(resource) {
  return resource === "memory" || resource === "ephemeral-storage" || resource.startsWith("hugepages-");
}
function formatUnits(resource, units) {
  if (resource === "cpu") return units % 1e3 === 0 ? String(units / 1e3) : `${units}m`;
  if (isByteResource(resource) && units > 0) {
    for (const [suffix, size2] of binarySuffixes) if (units % size2 === 0) return `${units / size2}${suffix}`;
  }
  return String(units);
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
  const [lone] = nodes;
  if (lone && nodes.length === 1) {
    lone.taints = lone.taints.filter((t) => t.key !== controlPlaneTaintKey);
    delete lone.labels["node.kubernetes.io/exclude-from-external-load-balancers"];
  }
  const cpu = describeQuantity("cpu", capacity.cpu);
  const memory = describeQuantity("memory", capacity.memory);
  return {
    model: {
      nodes,
      runningPods: kindSystemPods(nodes),
      describedAs: `kind cluster "${clusterName}" (${plural(nodes.length, "node", "nodes")}, each ${cpu} CPU / ${memory} memory; kind's system Pods estimated)`
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
  const pods2 = nodes.map((node) => fixedPod(`kindnet-${node.name}`, "kube-system", node.name, { cpu: "100m", memory: "50Mi" }));
  const first2 = nodes.find((n) => controlPlaneTaintKey in n.labels) ?? nodes[0];
  if (!first2) return pods2;
  const controlPlane = [
    [`etcd-${first2.name}`, { cpu: "100m", memory: "100Mi" }],
    [`kube-apiserver-${first2.name}`, { cpu: "250m" }],
    [`kube-controller-manager-${first2.name}`, { cpu: "200m" }],
    [`kube-scheduler-${first2.name}`, { cpu: "100m" }],
    ["coredns-0", { cpu: "100m", memory: "70Mi" }],
    ["coredns-1", { cpu: "100m", memory: "70Mi" }]
  ];
  for (const [name, requests] of controlPlane) pods2.push(fixedPod(name, "kube-system", first2.name, requests));
  return pods2;
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
function quantitiesAt(resource, path, diagnostics) {
  const value = valueAt(resource.object, path);
  const out = {};
  if (value === void 0) return out;
  if (!isObject(value)) {
    diagnostics.push(clusterDiagnostic(resource, path, "allocatable must map resource names to quantities"));
    return out;
  }
  for (const [name, amount] of Object.entries(value)) {
    const quantity = parseQuantity(amount);
    if (quantity && quantity.mantissa >= 0n) out[name] = quantity;
    else diagnostics.push(clusterDiagnostic(resource, [...path, name], `${name}: ${JSON.stringify(amount)} is not a quantity (e.g. 4, 500m, 16Gi)`));
  }
  return out;
}
function taintsAt(resource, path, diagnostics) {
  const value = valueAt(resource.object, path);
  if (value === void 0 || value === null) return [];
  if (!Array.isArray(value)) {
    diagnostics.push(clusterDiagnostic(resource, path, "taints must be a list of {key, value, effect}"));
    return [];
  }
  const out = [];
  value.forEach((taint, index) => {
    if (!isObject(taint) || typeof taint.key !== "string" || taint.key === "") {
      diagnostics.push(clusterDiagnostic(resource, [...path, index], "a taint needs a key"));
    } else if (!isTaintEffect(taint.effect)) {
      diagnostics.push(clusterDiagnostic(resource, [...path, index, "effect"], "effect must be NoSchedule, PreferNoSchedule or NoExecute"));
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
    const path = ["nodes", index];
    if (!isObject(entry)) {
      diagnostics.push(clusterDiagnostic(resource, path, "each node is a mapping with at least a name"));
      return;
    }
    for (const key of Object.keys(entry)) {
      if (!nodeFields.has(key)) diagnostics.push(clusterDiagnostic(resource, [...path, key], `unknown field "${key}" (a node has ${[...nodeFields].join(", ")})`));
    }
    if (typeof entry.name !== "string" || !/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(entry.name)) {
      diagnostics.push(clusterDiagnostic(resource, [...path, "name"], "name must be a DNS subdomain (lower-case letters, digits, - and .)"));
      return;
    }
    const count = entry.count;
    if (count !== void 0 && !(typeof count === "number" && Number.isInteger(count) && count >= 1 && count <= 1e4)) {
      diagnostics.push(clusterDiagnostic(resource, [...path, "count"], "count must be a whole number from 1 to 10000"));
      return;
    }
    if (entry.unschedulable !== void 0 && typeof entry.unschedulable !== "boolean") {
      diagnostics.push(clusterDiagnostic(resource, [...path, "unschedulable"], "unschedulable must be true or false"));
    }
    const allocatable = { pods: { mantissa: 110n, exponent: 0 }, ...quantitiesAt(resource, [...path, "allocatable"], diagnostics) };
    const reserved = quantitiesAt(resource, [...path, "reserved"], diagnostics);
    const taints = taintsAt(resource, [...path, "taints"], diagnostics);
    const names3 = count === void 0 ? [entry.name] : Array.from({ length: count }, (_, i) => `${entry.name}-${i + 1}`);
    for (const name of names3) {
      if (seen.has(name)) diagnostics.push(clusterDiagnostic(resource, [...path, "name"], `node "${name}" is defined twice`));
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
  return { model: { nodes, runningPods, describedAs: `cluster file ${title}(${plural(nodes.length, "node", "nodes")})` }, diagnostics };
}
function rawQuantities(value) {
  const out = {};
  if (isObject(value)) for (const [name, amount] of Object.entries(value)) out[name] = String(amount);
  return out;
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
  const name = names[id];
  if (name === void 0) throw new Error(`no resource has id ${id}`);
  return name;
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
  const names3 = new Set(Object.keys(state.node.allocatable));
  state.requested.forEach((amount, id) => amount > 0 && names3.add(resourceName(id)));
  for (const name of names3) {
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
  const rank2 = (name) => fixedOrder.includes(name) ? fixedOrder.indexOf(name) : fixedOrder.length;
  return [...requests].filter(([name]) => name !== "pods").sort(([a], [b]) => rank2(a) - rank2(b) || (a < b ? -1 : a > b ? 1 : 0)).map(([name, amount]) => [resourceId(name), amount]);
}
var podsId = resourceId("pods");
function nodeResourcesFitFilter(requests, node, wording) {
  const podsFit = node.podCount + 1 <= (node.allocatable[podsId] ?? 0);
  let fits = podsFit;
  for (let i = 0; fits && i < requests.length; i++) {
    const [id, amount] = requests[i];
    fits = amount <= (node.allocatable[id] ?? 0) - (node.requested[id] ?? 0);
  }
  if (fits) return void 0;
  const reasons = [];
  const resources = [];
  if (!podsFit) {
    reasons.push(wording.tooManyPods);
    resources.push("pods");
  }
  for (const [id, amount] of requests) {
    if (amount > (node.allocatable[id] ?? 0) - (node.requested[id] ?? 0)) {
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
function spreadEligibility(constraints, nodes, rules2, tolerations) {
  const keys = constraints.map((c) => c.topologyKey);
  return constraints.map((c) => {
    const eligible = new Uint8Array(nodes.length);
    const domains = /* @__PURE__ */ new Set();
    for (const state of nodes) {
      const { node } = state;
      if (!keys.every((k) => Object.hasOwn(node.labels, k))) continue;
      if (c.honorsAffinity && !nodeMatchesAffinity(rules2, node)) continue;
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
  for (const { constraint } of list) {
    if (labels[constraint.topologyKey] === void 0) return rejected("PodTopologySpread", wording.spreadMissingLabel, true);
  }
  for (const { constraint, counts, globalMin, selfMatch } of list) {
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
  const [top] = ranked;
  if (!top) return { hint: "no node exists for this Pod", path: context.specPath };
  const [plugin, list] = top;
  const spec = context.specPath;
  const affinity = (field) => [...spec, "affinity", field];
  switch (plugin) {
    case "NodeResourcesFit":
      return resourceHint(list, context);
    case "TaintToleration": {
      const tolerations = tolerationsOf(context.pod.spec);
      const taint = context.nodes.map((n) => firstUntoleratedTaint(tolerations, n.node)).find((t) => t !== void 0);
      const named = taint ? ` (${taint.key}${taint.value ? `=${taint.value}` : ""}:${taint.effect})` : "";
      return { hint: `${list.length === 1 ? "1 node has" : `${list.length} nodes have`} a taint the Pod does not tolerate${named}: add a toleration to spec.tolerations if it may run there`, path: [...spec, "tolerations"] };
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
      const reason = list[0]?.reasons[0] ?? "";
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
    const size2 = wanted ? toUnits("storage", wanted) : 0;
    const modes = Array.isArray(spec.accessModes) ? spec.accessModes.map(String) : [];
    const volumeMode = typeof spec.volumeMode === "string" ? spec.volumeMode : "Filesystem";
    return this.volumes.filter((pv) => !used.has(pv.name)).filter((pv) => !pv.claimRef || pv.claimRef.namespace === namespace && pv.claimRef.name === name).filter((pv) => pv.className === className && pv.capacity >= size2 && pv.volumeMode === volumeMode).filter((pv) => modes.every((m) => pv.accessModes.includes(m))).filter((pv) => spec.selector === void 0 || selectorMatches(spec.selector, pv.labels)).sort((a, b) => a.capacity - b.capacity || (a.name < b.name ? -1 : 1));
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
    this.nodes.forEach((node, rank2) => node.nameRank = rank2);
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
    for (const [id, amount] of facts.orderedRequests) node.requested[id] = (node.requested[id] ?? 0) - amount;
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
    for (const [id, amount] of facts.orderedRequests) node.requested[id] = (node.requested[id] ?? 0) + amount;
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
function schedulePods(pods2, model, options) {
  return schedulePodsOn(new SchedulerState(model, options), pods2);
}
function schedulePodsOn(state, pods2) {
  const result = { placements: [], pending: [], nodes: [] };
  const blockedStatefulSets = /* @__PURE__ */ new Set();
  for (const pod of pods2) {
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
  const order = granted.map((n, i) => ({ n, i })).sort((a, b) => a.n - b.n || a.i - b.i);
  let left = Math.max(0, max2);
  for (const [k, { n }] of order.entries()) {
    const share = Math.floor(left / (order.length - k));
    if (n <= share) {
      left -= n;
      continue;
    }
    const cut = order.slice(k).map(({ i }) => i).sort((a, b) => a - b);
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
  const pods2 = [];
  const cut = [];
  workloads.forEach((workload, index) => {
    const simulated = granted[index] ?? 0;
    for (let i = 0; i < simulated; i++) pods2.push(workload.podAt(i));
    if (simulated < workload.wanted) cut.push({ resource: workload.resource, wanted: workload.wanted, simulated });
  });
  return { pods: pods2, cut };
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
  const first2 = typeof start === "number" && start >= 0 ? start : 0;
  return {
    resource,
    wanted: replicaCount(resource, set, defaultNamespace),
    podAt: (i) => {
      const ordinal = first2 + i;
      const name = `${resource.name}-${ordinal}`;
      return make(name, { ...labels, "statefulset.kubernetes.io/pod-name": name, "apps.kubernetes.io/pod-index": String(ordinal) }, void 0, ordinal);
    }
  };
}
function daemonSetPods(resource, template, labels, nodes, make) {
  const tolerating = daemonPodSpec(template);
  if (!nodes) return { resource, wanted: 1, podAt: () => make(`${resource.name}-0`, labels, tolerating) };
  const eligible = nodes.filter((node) => daemonRunsOn(tolerating, node));
  return { resource, wanted: eligible.length, podAt: (i) => {
    const node = eligible[i];
    return make(`${resource.name}-${node.name}`, labels, daemonPodSpec(template, node.name));
  } };
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

// src/plan/rollout/rolling-update-bounds.ts
function rollingUpdateBounds(replicas, maxSurge = "25%", maxUnavailable = "25%") {
  const surge = scaled(maxSurge ?? "25%", replicas, Math.ceil);
  let unavailable = Math.min(scaled(maxUnavailable ?? "25%", replicas, Math.floor), replicas);
  if (surge === 0 && unavailable === 0 && replicas > 0) unavailable = 1;
  return { maxSurge: surge, maxUnavailable: unavailable, maxTotal: replicas + surge, minAvailable: replicas - unavailable };
}
function scaled(value, total, round) {
  return scaledCount(parseIntOrPercent(value) ?? { kind: "percent", value: 25 }, total, round);
}

// src/plan/rollout/rollout-steps.ts
var maxTableSteps = 1e3;
function stepOf(kind, action, counts) {
  return { kind, action, ...counts, total: counts.old + counts.new };
}
function withBounds(steps, start) {
  const available = [start.oldAvailable + start.newAvailable, ...steps.map((s) => s.oldAvailable + s.newAvailable)];
  const totals = [start.old + start.new, ...steps.map((s) => s.total)];
  const result = { steps, minAvailable: available.reduce((a, b) => Math.min(a, b)), maxTotal: totals.reduce((a, b) => Math.max(a, b)) };
  if (available[0] === 0 || available[available.length - 1] === 0) return result;
  const down = steps.flatMap((s, index) => s.oldAvailable + s.newAvailable === 0 ? [index + 1] : []);
  const [fromStep] = down;
  const toStep = down.at(-1);
  if (fromStep !== void 0 && toStep !== void 0) result.downtime = { fromStep, toStep };
  return result;
}

// src/plan/rollout/deployment-rollout.ts
var maxSyncs = 1e4;
function deploymentRollout(input) {
  const start = { old: input.from, oldAvailable: input.from, new: 0, newAvailable: 0 };
  if (input.strategy === "Recreate") return withBounds(recreateSteps(input), start);
  const bounds = rollingUpdateBounds(input.replicas, input.maxSurge, input.maxUnavailable);
  return { ...withBounds(rollingSteps(input, bounds), start), bounds };
}
function rollingSteps(input, bounds) {
  const R = input.replicas;
  const c = { old: input.from, oldAvailable: input.from, new: 0, newAvailable: 0 };
  const steps = [];
  const rs = replicaSetName(input.name);
  const wait = waitText(input.minReadySeconds);
  for (let sync = 0; sync < maxSyncs; sync++) {
    if (c.old === 0 && c.new === R && c.newAvailable === R) break;
    const total = c.old + c.new;
    const room = Math.max(0, Math.min(bounds.maxTotal - total, R - c.new));
    if (sync === 0) {
      c.new = room;
      const why = R > 0 ? " (no surge room)" : "";
      steps.push(stepOf("create", room > 0 ? `create ReplicaSet ${rs}, scale 0 \u2192 ${room}` : `create ReplicaSet ${rs} with 0 replicas${why}`, c));
      continue;
    }
    if (room > 0) {
      const from = c.new;
      c.new += room;
      steps.push(stepOf("scale-up", `scale new ${from} \u2192 ${c.new}`, c));
      continue;
    }
    const maxScaledDown = total - bounds.minAvailable - (c.new - c.newAvailable);
    const scaleDown = Math.min(c.old, c.oldAvailable + c.newAvailable - bounds.minAvailable);
    if (maxScaledDown > 0 && scaleDown > 0) {
      const from = c.old;
      c.old -= scaleDown;
      c.oldAvailable = Math.min(c.oldAvailable, c.old);
      steps.push(stepOf("scale-down", `scale old ${from} \u2192 ${c.old}`, c));
      continue;
    }
    if (c.newAvailable < c.new) {
      const count = c.new - c.newAvailable;
      c.newAvailable = c.new;
      steps.push(stepOf("wait", `wait for ${count} new ${pods(count)} ${wait}`, c));
      continue;
    }
    break;
  }
  return steps;
}
function recreateSteps(input) {
  const c = { old: input.from, oldAvailable: input.from, new: 0, newAvailable: 0 };
  const steps = [];
  if (input.from > 0) {
    c.old = 0;
    c.oldAvailable = 0;
    steps.push(stepOf("scale-down", `scale old ${input.from} \u2192 0`, c));
    steps.push(stepOf("wait", "wait for every old Pod to terminate", c));
  }
  c.new = input.replicas;
  steps.push(stepOf("create", `create ReplicaSet ${replicaSetName(input.name)}, scale 0 \u2192 ${input.replicas}`, c));
  c.newAvailable = input.replicas;
  steps.push(stepOf("wait", `wait for ${input.replicas} new ${pods(input.replicas)} ${waitText(input.minReadySeconds)}`, c));
  return steps;
}
function replicaSetName(name) {
  return `${name ?? "new"}-<hash>`;
}
function pods(count) {
  return count === 1 ? "Pod" : "Pods";
}
function waitText(minReadySeconds) {
  return minReadySeconds ? `to be Ready for ${minReadySeconds}s (available)` : "to be available";
}

// src/plan/rollout/statefulset-rollout.ts
var maxNames = 20;
function statefulSetRollout(input) {
  const start = input.ordinalsStart ?? 0;
  const partition = input.partition ?? 0;
  const updates = input.templateChanged && input.updateStrategy !== "OnDelete";
  const firstNew = !input.templateChanged ? -Infinity : updates ? partition : Infinity;
  const countNew = (run) => Math.max(0, run.to - Math.max(run.from, firstNew));
  const existingEnd = start + Math.min(input.from, input.replicas);
  const c = { old: input.from, oldAvailable: input.from, new: 0, newAvailable: 0 };
  const initial = { ...c };
  const table = new StepTable();
  const pod = (ordinal) => `${input.name}-${ordinal}`;
  scaleSteps(input, start, countNew, c, pod, table);
  if (updates) updateSteps({ from: Math.max(start, partition), to: existingEnd, descending: true }, Math.max(1, input.maxUnavailable ?? 1), c, pod, table);
  const kept = { from: start, to: Math.min(existingEnd, Math.max(start, firstNew)) };
  const keptCount = Math.max(0, kept.to - kept.from);
  const keptOnOldRevision = ordinalsOf({ from: kept.from, to: kept.from + Math.min(keptCount, maxNames) }).map(pod);
  return { ...withBounds(table.finish(c), initial), keptOnOldRevision, keptOnOldRevisionCount: keptCount };
}
var StepTable = class {
  steps = [];
  skipped = 0;
  get isFull() {
    return this.steps.length >= maxTableSteps;
  }
  push(step) {
    if (this.isFull) this.skipped++;
    else this.steps.push(step);
  }
  skip(count) {
    this.skipped += count;
  }
  finish(c) {
    if (this.skipped > 0) this.steps.push(stepOf("note", `\u2026 ${this.skipped} more steps the same way (a table shows at most ${maxTableSteps})`, c));
    return this.steps;
  }
};
function scaleSteps(input, start, countNew, c, pod, table) {
  const parallel = input.podManagementPolicy === "Parallel";
  const created = { from: start + input.from, to: start + input.replicas };
  const removed = { from: start + input.replicas, to: start + input.from, descending: true };
  for (const group of parallel ? nonEmpty(created) : single(created)) {
    if (table.isFull) {
      const rest = { ...created, from: group.from };
      add2(c, countNew(rest), size(rest) - countNew(rest));
      table.skip(2 * size(rest));
      break;
    }
    const toNew = countNew(group);
    c.new += toNew;
    c.old += size(group) - toNew;
    table.push(stepOf("create", `create ${names2(group, pod)}`, c));
    c.newAvailable += toNew;
    c.oldAvailable += size(group) - toNew;
    table.push(stepOf("wait", `wait for ${names2(group, pod)} to be Running and Ready`, c));
  }
  for (const group of parallel ? nonEmpty(removed) : single(removed)) {
    if (table.isFull) {
      const rest = { ...removed, to: group.to };
      c.old -= size(rest);
      c.oldAvailable -= size(rest);
      table.skip((parallel ? 1 : 2) * size(rest));
      break;
    }
    c.old -= size(group);
    c.oldAvailable -= size(group);
    table.push(stepOf("delete", `delete ${names2(group, pod)}`, c));
    if (!parallel) table.push(stepOf("wait", `wait for ${names2(group, pod)} to terminate`, c));
  }
}
function updateSteps(ordinals, batch, c, pod, table) {
  for (let to = ordinals.to; to > ordinals.from; to -= batch) {
    const group = { from: Math.max(ordinals.from, to - batch), to, descending: true };
    if (table.isFull) {
      const rest = to - ordinals.from;
      add2(c, rest, 0);
      c.old -= rest;
      c.oldAvailable -= rest;
      table.skip(2 * Math.ceil(rest / batch));
      break;
    }
    c.old -= size(group);
    c.oldAvailable -= size(group);
    table.push(stepOf("delete", `delete ${names2(group, pod)} (old revision)`, c));
    c.new += size(group);
    c.newAvailable += size(group);
    table.push(stepOf("wait", `wait for ${names2(group, pod)} to be recreated, Running and Ready (new revision)`, c));
  }
}
function add2(c, toNew, toOld) {
  c.new += toNew;
  c.newAvailable += toNew;
  c.old += toOld;
  c.oldAvailable += toOld;
}
function size(run) {
  return Math.max(0, run.to - run.from);
}
function* single(run) {
  if (run.descending) for (let o = run.to - 1; o >= run.from; o--) yield { from: o, to: o + 1 };
  else for (let o = run.from; o < run.to; o++) yield { from: o, to: o + 1 };
}
function nonEmpty(run) {
  return size(run) > 0 ? [run] : [];
}
function ordinalsOf(run) {
  const out = [];
  if (run.descending) for (let o = run.to - 1; o >= run.from; o--) out.push(o);
  else for (let o = run.from; o < run.to; o++) out.push(o);
  return out;
}
function names2(run, pod) {
  const count = size(run);
  if (count <= maxNames) return ordinalsOf(run).map(pod).join(", ");
  const first2 = run.descending ? { from: run.to - maxNames, to: run.to, descending: true } : { from: run.from, to: run.from + maxNames };
  return `${ordinalsOf(first2).map(pod).join(", ")}, \u2026 (${count} Pods)`;
}

// src/plan/rollout/daemonset-rollout.ts
function daemonSetRollout(input) {
  const n = input.nodeCount;
  const surge = countOf(input.maxSurge ?? 0, n);
  let unavailable = countOf(input.maxUnavailable ?? (surge > 0 ? 0 : 1), n);
  if (unavailable === 0 && surge === 0) unavailable = 1;
  const useSurge = surge > 0 && unavailable === 0;
  const wave = Math.max(1, useSurge ? surge : unavailable);
  const old = input.hasOldPods ? n : 0;
  const c = { old, oldAvailable: old, new: 0, newAvailable: 0 };
  const initial = { ...c };
  const steps = [];
  const available = input.minReadySeconds ? `Ready for ${input.minReadySeconds}s (available)` : "available";
  if (!input.hasOldPods) {
    c.new = n;
    steps.push(stepOf("create", `create ${n} ${plural2(n)}, one per node`, c));
    c.newAvailable = n;
    steps.push(stepOf("wait", `wait for ${n} ${plural2(n)} to be ${available}`, c));
    return { ...withBounds(steps, initial), maxUnavailable: unavailable, maxSurge: useSurge ? surge : 0 };
  }
  for (let done = 0; done < n; done += wave) {
    const k = Math.min(wave, n - done);
    const nodes = k === 1 ? `node ${done + 1}` : `nodes ${done + 1}\u2013${done + k}`;
    if (useSurge) {
      c.new += k;
      steps.push(stepOf("create", `start ${k} new ${plural2(k)} beside the old ones on ${nodes}`, c));
      c.newAvailable += k;
      c.old -= k;
      c.oldAvailable -= k;
      steps.push(stepOf("wait", `wait for them to be ${available}, then delete the old ${plural2(k)}`, c));
    } else {
      c.old -= k;
      c.oldAvailable -= k;
      c.new += k;
      steps.push(stepOf("delete", `delete the old ${plural2(k)} on ${nodes} and start the new ${k === 1 ? "one" : "ones"}`, c));
      c.newAvailable += k;
      steps.push(stepOf("wait", `wait for ${k} new ${plural2(k)} to be ${available}`, c));
    }
  }
  return { ...withBounds(steps, initial), maxUnavailable: useSurge ? 0 : unavailable, maxSurge: useSurge ? surge : 0 };
}
function countOf(value, nodes) {
  const parsed = parseIntOrPercent(value);
  return parsed ? scaledCount(parsed, nodes) : 0;
}
function plural2(count) {
  return count === 1 ? "Pod" : "Pods";
}

// src/plan/rollout/rollout-context.ts
var noSteps = { steps: [], minAvailable: 0, maxTotal: 0 };

// src/plan/rollout/workload-fields.ts
function intAt(object, path, fallback) {
  const value = valueAt(object, path);
  return typeof value === "number" && Number.isInteger(value) ? value : fallback;
}
function intOrStringAt(object, path) {
  const value = valueAt(object, path);
  return typeof value === "number" || typeof value === "string" ? value : void 0;
}
function stringAt(object, path, fallback) {
  const value = valueAt(object, path);
  return typeof value === "string" ? value : fallback;
}
function sameJson(a, b) {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a).filter((k) => a[k] !== void 0);
  const keysB = Object.keys(b).filter((k) => b[k] !== void 0);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((k) => sameJson(a[k], b[k]));
}

// src/plan/rollout/plan-daemonset-rollout.ts
function planDaemonSetRollout(context) {
  const object = context.after.object;
  const notes = [];
  const nodeCount = context.options.nodeCount ?? 1;
  if (context.options.nodeCount === void 0) notes.push("No cluster model: the step table assumes 1 node.");
  const updateStrategy = stringAt(object, ["spec", "updateStrategy", "type"], "RollingUpdate");
  if (updateStrategy === "OnDelete" && !context.isCreate) {
    notes.push("The template changed but updateStrategy is OnDelete: each node gets the new Pod only when its old Pod is deleted by hand.");
    return { strategy: "OnDelete", parameters: { nodeCount }, steps: noSteps, notes };
  }
  const maxSurge = intOrStringAt(object, ["spec", "updateStrategy", "rollingUpdate", "maxSurge"]);
  const maxUnavailable = intOrStringAt(object, ["spec", "updateStrategy", "rollingUpdate", "maxUnavailable"]);
  const minReadySeconds = intAt(object, ["spec", "minReadySeconds"], 0);
  const steps = daemonSetRollout({ nodeCount, maxSurge, maxUnavailable, hasOldPods: !context.isCreate, minReadySeconds });
  if (steps.maxSurge > 0) notes.push("maxSurge runs two Pods on a node for a while: host ports must not clash.");
  const parameters = { nodeCount, from: context.isCreate ? 0 : nodeCount, maxSurge: steps.maxSurge, maxUnavailable: steps.maxUnavailable, minReadySeconds };
  return { strategy: "RollingUpdate", parameters, steps, notes };
}

// src/plan/rollout/plan-deployment-rollout.ts
function planDeploymentRollout(context) {
  const object = context.after.object;
  const strategy = stringAt(object, ["spec", "strategy", "type"], "RollingUpdate") === "Recreate" ? "Recreate" : "RollingUpdate";
  const minReadySeconds = intAt(object, ["spec", "minReadySeconds"], 0);
  const progressDeadlineSeconds = intAt(object, ["spec", "progressDeadlineSeconds"], 600);
  const parameters = { replicas: context.replicas, from: context.from, minReadySeconds, progressDeadlineSeconds };
  if (!context.templateChanged) return scale(context, parameters);
  if (!context.isCreate && valueAt(object, ["spec", "paused"]) === true) {
    return { strategy: "Paused", parameters, steps: noSteps, notes: ["The Deployment is paused: the new template rolls out only after `kubectl rollout resume`."] };
  }
  const steps = deploymentRollout({
    replicas: context.replicas,
    maxSurge: intOrStringAt(object, ["spec", "strategy", "rollingUpdate", "maxSurge"]),
    maxUnavailable: intOrStringAt(object, ["spec", "strategy", "rollingUpdate", "maxUnavailable"]),
    minReadySeconds,
    progressDeadlineSeconds,
    strategy,
    from: context.from,
    name: context.after.name
  });
  const notes = [];
  if (!context.isCreate && context.from !== context.replicas) {
    notes.push(`Replicas change ${context.from} \u2192 ${context.replicas} with the template: the new count drives the rollout.`);
  }
  if (steps.steps.some((s) => s.kind === "wait")) {
    notes.push(`Each wait fails the rollout (Progressing=False, ProgressDeadlineExceeded) after ${progressDeadlineSeconds}s without progress; nothing is rolled back.`);
  }
  const bounds = steps.bounds ? { maxSurge: steps.bounds.maxSurge, maxUnavailable: steps.bounds.maxUnavailable } : {};
  return { strategy, parameters: { ...parameters, ...bounds }, steps, notes };
}
function scale(context, parameters) {
  const { from, replicas } = context;
  const start = { old: from, oldAvailable: from, new: 0, newAvailable: 0 };
  const counts = { old: replicas, oldAvailable: Math.min(from, replicas), new: 0, newAvailable: 0 };
  const steps = [stepOf(replicas > from ? "scale-up" : "scale-down", `scale the current ReplicaSet ${from} \u2192 ${replicas}`, counts)];
  if (replicas > from) steps.push(stepOf("wait", `wait for ${replicas - from} more Pods to be available`, { ...counts, oldAvailable: replicas }));
  return { strategy: "Scale", parameters, steps: withBounds(steps, start), notes: ["Only replicas changed: no Pod is replaced."] };
}

// src/plan/rollout/plan-job-rollout.ts
function planJobRollout(context) {
  const object = context.after.object;
  const parallelism = intAt(object, ["spec", "parallelism"], 1);
  const completions = intAt(object, ["spec", "completions"], parallelism);
  const start = { old: 0, oldAvailable: 0, new: 0, newAvailable: 0 };
  const run = stepOf("create", `create Job ${context.after.name}: ${plural(parallelism, "Pod", "Pods")} at a time until ${completions} succeed`, { ...start, new: Math.min(parallelism, completions) });
  if (context.isCreate) return { strategy: "Run", parameters: {}, steps: withBounds([run], start), notes: [] };
  const remove = stepOf("delete", `delete Job ${context.after.name} and its Pods (the template is immutable)`, start);
  return {
    strategy: "Replace",
    parameters: {},
    steps: withBounds([remove, run], start),
    notes: ["A Job's pod template cannot be updated: applying it fails unless the Job is deleted first, and the new Job runs again."]
  };
}
function planCronJobRollout(context) {
  const schedule = stringAt(context.after.object, ["spec", "schedule"], "?");
  const note = context.isCreate ? `The first Job starts at the next time matching "${schedule}".` : `The next Job (schedule "${schedule}") uses the new template; running Jobs and their Pods keep the old one.`;
  return { strategy: "NextSchedule", parameters: {}, steps: noSteps, notes: [note] };
}

// src/plan/rollout/plan-statefulset-rollout.ts
function planStatefulSetRollout(context) {
  const object = context.after.object;
  const updateStrategy = stringAt(object, ["spec", "updateStrategy", "type"], "RollingUpdate") === "OnDelete" ? "OnDelete" : "RollingUpdate";
  const podManagementPolicy = stringAt(object, ["spec", "podManagementPolicy"], "OrderedReady") === "Parallel" ? "Parallel" : "OrderedReady";
  const partition = intAt(object, ["spec", "updateStrategy", "rollingUpdate", "partition"], 0);
  const notes = [];
  const maxUnavailable = resolveMaxUnavailable(intOrStringAt(object, ["spec", "updateStrategy", "rollingUpdate", "maxUnavailable"]), context, notes);
  const steps = statefulSetRollout({
    name: context.after.name,
    replicas: context.replicas,
    from: context.from,
    ordinalsStart: intAt(object, ["spec", "ordinals", "start"], 0),
    podManagementPolicy,
    updateStrategy,
    partition,
    maxUnavailable,
    templateChanged: context.templateChanged && !context.isCreate
  });
  if (context.templateChanged && !context.isCreate && updateStrategy === "OnDelete") {
    notes.push("The template changed but updateStrategy is OnDelete: Pods update only when deleted by hand.");
  }
  const kept = steps.keptOnOldRevisionCount > steps.keptOnOldRevision.length ? `${steps.keptOnOldRevision.join(", ")}, \u2026 (${steps.keptOnOldRevisionCount} Pods)` : steps.keptOnOldRevision.join(", ");
  if (steps.keptOnOldRevisionCount > 0 && updateStrategy !== "OnDelete") {
    notes.push(`partition ${partition} keeps ${kept} on the old revision.`);
  } else if (steps.keptOnOldRevisionCount > 0) {
    notes.push(`Staying on the old revision: ${kept}.`);
  }
  if (maxUnavailable > 1 && podManagementPolicy === "OrderedReady") {
    notes.push("With OrderedReady the recreated Pods still start in ordinal order, so maxUnavailable may not speed the update up.");
  }
  const strategy = context.templateChanged && !context.isCreate ? updateStrategy : "Scale";
  const parameters = { replicas: context.replicas, from: context.from, partition, podManagementPolicy, maxUnavailable };
  return { strategy, parameters, steps, notes };
}
function resolveMaxUnavailable(written, context, notes) {
  const parsed = parseIntOrPercent(written);
  if (!parsed) return 1;
  if (minorOf(context.options.kubernetesVersion) < 35) {
    notes.push(`maxUnavailable ${String(written)} is ignored before Kubernetes 1.35 (feature gate MaxUnavailableStatefulSet off by default): one Pod at a time.`);
    return 1;
  }
  return Math.max(1, scaledCount(parsed, context.replicas));
}

// src/plan/rollout/strategy-findings.ts
function strategyFindings(workload, replicas, kubernetesVersion) {
  if (workload.kind === "Deployment") return deploymentFindings(workload, replicas);
  if (workload.kind === "StatefulSet") return statefulSetFindings(workload, replicas, kubernetesVersion);
  if (workload.kind === "DaemonSet") return daemonSetFindings(workload);
  return [];
}
function deploymentFindings(workload, replicas) {
  const object = workload.object;
  if (stringAt(object, ["spec", "strategy", "type"], "RollingUpdate") === "Recreate") {
    const pods2 = replicas === 1 ? "its only Pod" : `all ${replicas} Pods`;
    return [{
      code: "recreate-downtime",
      severity: "warning",
      resource: workload,
      path: ["spec", "strategy", "type"],
      message: `Strategy Recreate stops ${pods2} before starting new ones: every rollout is an outage.`
    }];
  }
  const path = ["spec", "strategy", "rollingUpdate", "maxUnavailable"];
  const written = intOrStringAt(object, path);
  const bounds = rollingUpdateBounds(replicas, intOrStringAt(object, ["spec", "strategy", "rollingUpdate", "maxSurge"]), written);
  if (replicas === 0 || bounds.minAvailable > 0) return [];
  return [dropsAll(workload, path, written, replicas)];
}
function statefulSetFindings(workload, replicas, kubernetesVersion) {
  if (minorOf(kubernetesVersion) < 35 || replicas === 0) return [];
  const path = ["spec", "updateStrategy", "rollingUpdate", "maxUnavailable"];
  const written = intOrStringAt(workload.object, path);
  const parsed = parseIntOrPercent(written);
  if (!parsed) return [];
  return scaledCount(parsed, replicas) >= replicas ? [dropsAll(workload, path, written, replicas)] : [];
}
function daemonSetFindings(workload) {
  const path = ["spec", "updateStrategy", "rollingUpdate", "maxUnavailable"];
  const written = intOrStringAt(workload.object, path);
  const parsed = parseIntOrPercent(written);
  if (parsed?.kind !== "percent" || parsed.value < 100) return [];
  return [{
    code: "unavailable-drops-all",
    severity: "warning",
    resource: workload,
    path,
    message: `maxUnavailable ${String(written)} lets a rollout take the Pods of every node down at once.`
  }];
}
function dropsAll(workload, path, written, replicas) {
  return {
    code: "unavailable-drops-all",
    severity: "warning",
    resource: workload,
    path,
    message: `maxUnavailable ${String(written)} with ${replicas} ${replicas === 1 ? "replica" : "replicas"} lets a rollout take every ready Pod down at once.`
  };
}

// src/plan/rollout/surge-capacity.ts
function firstStallingStep(steps, baseline, surgeFits) {
  let checked = 0;
  for (const [index, step] of steps.entries()) {
    const extra = step.total - baseline;
    if (extra <= checked) continue;
    checked = extra;
    const answer = surgeFits(extra);
    if (answer.fits) continue;
    const pods2 = extra === 1 ? "1 extra Pod" : `${extra} extra Pods`;
    const verb = extra === 1 ? "does" : "do";
    const why = answer.reason ? `: ${answer.reason.replace(/\.$/, "")}` : "";
    return { step: index + 1, reason: `the ${pods2} of step ${index + 1} ${verb} not fit the cluster${why}` };
  }
  return void 0;
}

// src/plan/rollout/plan-rollout.ts
var planners = {
  Deployment: planDeploymentRollout,
  StatefulSet: planStatefulSetRollout,
  DaemonSet: planDaemonSetRollout,
  Job: planJobRollout,
  CronJob: planCronJobRollout
};
function planRollout(before, after, options) {
  const planner = planners[after.kind];
  const template = podTemplatePath(after.kind);
  if (!planner || !template) return void 0;
  const isCreate = before === void 0;
  const templateChanged3 = isCreate || (options.templateChanged ?? !sameJson(valueAt(before, template), valueAt(after.object, template)));
  const replicas = options.replicas ?? intAt(after.object, ["spec", "replicas"], 1);
  const from = before === void 0 ? 0 : intAt(before, ["spec", "replicas"], 1);
  if (!templateChanged3 && (!isKindOf(scalableKinds, after.kind) || replicas === from)) return void 0;
  const planned = planner({ before, after, isCreate, templateChanged: templateChanged3, replicas, from, options });
  const rollout = {
    resource: after,
    kind: after.kind,
    namespace: namespaceOf(after, options.defaultNamespace),
    name: after.name,
    isCreate,
    strategy: planned.strategy,
    parameters: planned.parameters,
    steps: planned.steps.steps,
    minAvailable: planned.steps.minAvailable,
    maxTotal: planned.steps.maxTotal,
    notes: planned.notes,
    findings: strategyFindings(after, replicas, options.kubernetesVersion)
  };
  if (planned.steps.downtime) rollout.downtime = planned.steps.downtime;
  const stall = !isCreate && options.surgeFits ? firstStallingStep(rollout.steps, stepsBaseline(rollout), options.surgeFits) : void 0;
  if (stall) {
    rollout.stall = after.kind === "Deployment" ? { ...stall, reason: `${stall.reason}; the new Pods stay Pending and the Deployment reports ProgressDeadlineExceeded after ${rollout.parameters.progressDeadlineSeconds ?? 600}s while the old Pods keep serving` } : stall;
    rollout.findings.push({
      code: "surge-does-not-fit",
      severity: "warning",
      resource: after,
      path: [...template, "spec"],
      message: `The rollout stalls at step ${stall.step}: ${stall.reason}.`
    });
  }
  return rollout;
}
function stepsBaseline(rollout) {
  return rollout.parameters.from ?? 0;
}

// src/plan/rollout/reviewed-replicas.ts
function reviewedReplicas(workload, set, defaultNamespace) {
  const minima = hpasTargeting(workload, set, defaultNamespace).map(hpaMinReplicas).filter((m) => m !== void 0);
  return minima.length > 0 ? Math.min(...minima) : declaredReplicas(workload) ?? 1;
}

// src/plan/rollout/pdb-findings.ts
function pdbFindings(set, defaultNamespace) {
  const findings = [];
  for (const pdb of set.ofKind("PodDisruptionBudget", "policy")) {
    const namespace = namespaceOf(pdb, defaultNamespace);
    const selector = valueAt(pdb.object, ["spec", "selector"]);
    const covered = podCreatorsOf(set, namespace, defaultNamespace).filter((w) => isKindOf(replicatedKinds, w.kind) && selectorMatches(selector, podLabelsOf(w)));
    if (covered.length === 0) continue;
    const pods2 = covered.reduce((sum, w) => sum + reviewedReplicas(w, set, defaultNamespace), 0);
    const names3 = covered.map((w) => `${w.kind}/${w.name}`).join(", ");
    const min = parseIntOrPercent(valueAt(pdb.object, ["spec", "minAvailable"]));
    const max2 = parseIntOrPercent(valueAt(pdb.object, ["spec", "maxUnavailable"]));
    if (min && scaledCount(min, pods2) >= pods2) {
      findings.push(blocks(pdb, ["spec", "minAvailable"], `minAvailable ${format(min)} covers ${pods2 === 1 ? "the only Pod" : `all ${pods2} Pods`} of ${names3}`));
    } else if (max2 && scaledCount(max2, pods2) === 0) {
      findings.push(blocks(pdb, ["spec", "maxUnavailable"], `maxUnavailable ${format(max2)} allows no Pod of ${names3} to go`));
    }
  }
  return findings;
}
function format(value) {
  return value.kind === "percent" ? `${value.value}%` : String(value.value);
}
function blocks(pdb, path, why) {
  return {
    code: "pdb-blocks-drain",
    severity: "warning",
    resource: pdb,
    path,
    message: `PodDisruptionBudget blocks node drains: ${why}, so no Pod may be evicted.`
  };
}

// src/plan/rollout/rollout-findings.ts
function rolloutFindings(set, options) {
  const findings = [];
  for (const kind of updateStrategyKinds) {
    for (const workload of set.ofKind(kind, "apps")) {
      const replicas = reviewedReplicas(workload, set, options.defaultNamespace);
      findings.push(...strategyFindings(workload, replicas, options.kubernetesVersion));
    }
  }
  return [...findings, ...pdbFindings(set, options.defaultNamespace)];
}

// src/plan/routing/listed-pods.ts
var maxListedPods = 100;

// src/plan/routing/pod-label-index.ts
var PodLabelIndex = class {
  byLabel = /* @__PURE__ */ new Map();
  constructor(pods2) {
    for (const pod of pods2) {
      for (const [key, value] of Object.entries(pod.labels)) {
        const entry = `${pod.namespace}\0${key}\0${value}`;
        const list = this.byLabel.get(entry);
        if (list) list.push(pod);
        else this.byLabel.set(entry, [pod]);
      }
    }
  }
  /**
   * Calls `visit` for each Pod of `namespace` that carries every pair of `selector` (equality, as
   * a Service selects), in input order. A visitor rather than a list: a caller that keeps only
   * the first few of 10,000 matches should not pay for an array of them all.
   */
  forEachSelected(namespace, selector, visit) {
    const pairs = Object.entries(selector).map(([key, value]) => [key, String(value)]);
    let smallest;
    for (const [key, value] of pairs) {
      const list = this.byLabel.get(`${namespace}\0${key}\0${value}`) ?? [];
      if (!smallest || list.length < smallest.length) smallest = list;
    }
    for (const pod of smallest ?? []) {
      if (pairs.every(([key, value]) => pod.labels[key] === value)) visit(pod);
    }
  }
};

// src/plan/routing/named-port.ts
function resolveNamedPort(podSpec, name, protocol) {
  for (const container of servingContainers(podSpec)) {
    const ports = container.ports;
    if (!Array.isArray(ports)) continue;
    for (const port of ports) {
      if (!isObject(port) || port.name !== name) continue;
      if ((typeof port.protocol === "string" ? port.protocol : "TCP") !== protocol) continue;
      if (typeof port.containerPort === "number") return port.containerPort;
    }
  }
  return void 0;
}
function servingContainers(podSpec) {
  const regular = Array.isArray(podSpec.containers) ? podSpec.containers.filter(isObject) : [];
  const sidecars = Array.isArray(podSpec.initContainers) ? podSpec.initContainers.filter((c) => isObject(c) && c.restartPolicy === "Always") : [];
  return [...regular, ...sidecars];
}

// src/plan/routing/route-services.ts
function routeServices(set, pods2, options) {
  const index = new PodLabelIndex(pods2);
  return set.ofKind("Service", "").map((service) => routeService(service, index, options));
}
function routeService(service, pods2, options) {
  const namespace = namespaceOf(service, options.defaultNamespace);
  const spec = isObject(service.object.spec) ? service.object.spec : {};
  const type = serviceType(spec.type);
  const written = isObject(spec.selector) && Object.keys(spec.selector).length > 0 ? spec.selector : void 0;
  const selector = written ? labelsOf(written) : void 0;
  const tallies = servicePorts(spec);
  const route = {
    service,
    namespace,
    name: service.name,
    type,
    isHeadless: spec.clusterIP === "None",
    dnsName: `${service.name}.${namespace}.svc.cluster.local`,
    selectedPods: [],
    selectedPodCount: 0,
    readyPods: [],
    readyPodCount: 0,
    ports: tallies.map((tally) => tally.route),
    podDnsNames: [],
    podDnsNameCount: 0,
    state: "routes",
    findings: []
  };
  if (written && type !== "ExternalName") pods2.forEachSelected(namespace, written, (pod) => tallyPod(route, tallies, pod));
  route.state = stateOf(type, selector, route.selectedPodCount, route.readyPodCount);
  route.findings = targetPortFindings(service, tallies, route.selectedPodCount);
  if (selector) route.selector = selector;
  if (type === "ExternalName" && typeof spec.externalName === "string") route.externalName = spec.externalName;
  return route;
}
function tallyPod(route, tallies, pod) {
  const isReady = pod.status !== "Pending";
  if (route.selectedPodCount++ < maxListedPods) route.selectedPods.push(pod);
  if (isReady && route.readyPodCount++ < maxListedPods) route.readyPods.push(pod);
  for (const tally of tallies) {
    const port = tally.route;
    const number = tally.resolve(pod);
    if (number === void 0) {
      if (port.missingTargetPortCount++ < maxListedPods) port.missingTargetPort.push(pod);
      if (pod.owner !== tally.lastMissingOwner) tally.missingOwners.add(`${pod.owner.kind}/${pod.owner.name}`);
      tally.lastMissingOwner = pod.owner;
    } else if (isReady && port.endpointCount++ < maxListedPods) {
      port.endpoints.push({ pod, port: number });
    }
  }
  if (!route.isHeadless || !isReady) return;
  const hostname = hostnameOf(pod, route.name);
  if (hostname !== void 0 && route.podDnsNameCount++ < maxListedPods) {
    route.podDnsNames.push({ pod, name: `${hostname}.${route.name}.${route.namespace}.svc.cluster.local` });
  }
}
function serviceType(value) {
  return value === "NodePort" || value === "LoadBalancer" || value === "ExternalName" ? value : "ClusterIP";
}
function stateOf(type, selector, selected, ready) {
  if (type === "ExternalName") return "external-name";
  if (!selector) return "no-selector";
  if (selected === 0) return "selects-no-pods";
  return ready === 0 ? "no-ready-pods" : "routes";
}
function servicePorts(spec) {
  const list = Array.isArray(spec.ports) ? spec.ports : [];
  const out = [];
  list.forEach((entry, index) => {
    if (!isObject(entry) || typeof entry.port !== "number") return;
    const targetPort = typeof entry.targetPort === "number" || typeof entry.targetPort === "string" && entry.targetPort !== "" ? numericOrName(entry.targetPort) : entry.port;
    const protocol = typeof entry.protocol === "string" ? entry.protocol : "TCP";
    let lastSpec;
    let lastNumber;
    const resolve = (pod) => {
      if (typeof targetPort === "number") return targetPort;
      if (pod.spec !== lastSpec) {
        lastSpec = pod.spec;
        lastNumber = resolveNamedPort(pod.spec, targetPort, protocol);
      }
      return lastNumber;
    };
    const port = {
      port: entry.port,
      protocol,
      targetPort,
      endpoints: [],
      endpointCount: 0,
      missingTargetPort: [],
      missingTargetPortCount: 0,
      path: ["spec", "ports", index]
    };
    if (typeof entry.name === "string") port.name = entry.name;
    if (typeof entry.nodePort === "number") port.nodePort = entry.nodePort;
    out.push({ route: port, resolve, missingOwners: /* @__PURE__ */ new Set() });
  });
  return out;
}
function numericOrName(value) {
  return typeof value === "string" && /^\d+$/.test(value) ? Number(value) : value;
}
var namedOwners = 10;
function targetPortFindings(service, tallies, selectedCount) {
  const findings = [];
  for (const { route: port, missingOwners } of tallies) {
    if (port.missingTargetPortCount === 0) continue;
    const owners = [...missingOwners];
    const others = owners.length > namedOwners ? ` and ${owners.length - namedOwners} more workloads` : "";
    const who = port.missingTargetPortCount === selectedCount ? "no selected Pod exposes" : `the Pods of ${owners.slice(0, namedOwners).join(", ")}${others} do not expose`;
    findings.push({
      code: "target-port-not-found",
      severity: "warning",
      message: `Service port ${port.port} targets the container port named "${port.targetPort}" (${port.protocol}), which ${who}; those Pods get no traffic on this port.`,
      resource: service,
      path: [...port.path, "targetPort"]
    });
  }
  return findings;
}
function hostnameOf(pod, serviceName) {
  if (pod.owner.kind === "StatefulSet" && pod.source && valueAt(pod.source.object, ["spec", "serviceName"]) === serviceName) {
    return pod.name;
  }
  const { hostname, subdomain } = pod.spec;
  return subdomain === serviceName && typeof hostname === "string" ? hostname : void 0;
}

// src/plan/routing/host-match.ts
var rank = { exact: 0, wildcard: 1, any: 2 };
function compareHostMatches(a, b) {
  return rank[a] - rank[b];
}
function matchHost(ruleHost, requestHost) {
  if (ruleHost === void 0 || ruleHost === "") return "any";
  const rule = ruleHost.toLowerCase();
  const host = stripPort(requestHost.toLowerCase());
  if (!rule.startsWith("*.")) return rule === host ? "exact" : void 0;
  const dot = host.indexOf(".");
  if (dot <= 0) return void 0;
  return host.slice(dot + 1) === rule.slice(2) ? "wildcard" : void 0;
}
function stripPort(host) {
  if (host.startsWith("[")) return host;
  const colon = host.lastIndexOf(":");
  return colon < 0 ? host : host.slice(0, colon);
}

// src/plan/routing/path-match.ts
function pathElements(path) {
  return path.split("/").filter((element) => element !== "");
}
function pathMatches(pathType, rulePath, requestPath) {
  if (pathType === "Exact") return rulePath === requestPath;
  const rule = pathElements(rulePath);
  const request = pathElements(requestPath);
  if (rule.length > request.length) return false;
  return rule.every((element, index) => element === request[index]);
}
function matchKeyOf(pathType, path) {
  return pathType === "Exact" ? `exact:${path}` : `prefix:/${pathElements(path).join("/")}`;
}
function comparePathPrecedence(a, b) {
  if (a.path.length !== b.path.length) return b.path.length - a.path.length;
  return Number(a.pathType !== "Exact") - Number(b.pathType !== "Exact");
}

// src/plan/routing/ingress-class.ts
function ingressClassOf(ingress, set) {
  const spec = valueAt(ingress.object, ["spec", "ingressClassName"]);
  if (typeof spec === "string" && spec !== "") return { name: spec, source: "spec" };
  const annotation = valueAt(ingress.object, ["metadata", "annotations", "kubernetes.io/ingress.class"]);
  if (typeof annotation === "string" && annotation !== "") return { name: annotation, source: "annotation" };
  const defaults = set.ofKind("IngressClass").filter(isDefaultClass);
  const [only] = defaults;
  return only && defaults.length === 1 ? { name: only.name, source: "default-class" } : { source: "none" };
}
function isDefaultClass(ingressClass) {
  const annotations = valueAt(ingressClass.object, ["metadata", "annotations"]);
  return isObject(annotations) && annotations["ingressclass.kubernetes.io/is-default-class"] === "true";
}

// src/plan/routing/ingress-backend.ts
function indexServices(services) {
  return new Map(services.map((route) => [`${route.namespace}/${route.name}`, route]));
}
function resolveBackend(ingress, namespace, backend, path, services) {
  const route = readBackend(backend);
  if (route.resourceRef || !isObject(backend)) return { backend: route, findings: [] };
  const problem = (code, at, message) => ({
    backend: route,
    findings: [{ code, severity: "warning", message: `${message}; the controller answers 503 for this path.`, resource: ingress, path: [...path, ...at] }]
  });
  const target = services.get(`${namespace}/${route.serviceName ?? ""}`);
  if (!target) {
    route.problem = "service-missing";
    return problem("backend-service-missing", ["service", "name"], `Backend Service "${route.serviceName ?? ""}" is not in the input (namespace ${namespace})`);
  }
  route.service = target;
  const servicePort = target.ports.find((p) => typeof route.servicePort === "number" ? p.port === route.servicePort : p.name === route.servicePort);
  if (!servicePort) {
    route.problem = "port-missing";
    return problem("backend-port-missing", ["service", "port"], `Service "${target.name}" has no port ${JSON.stringify(route.servicePort ?? null)}`);
  }
  route.port = servicePort;
  route.endpoints = servicePort.endpoints;
  route.endpointCount = servicePort.endpointCount;
  if (route.endpointCount > 0 || target.state === "external-name" || target.state === "no-selector") {
    return { backend: route, findings: [] };
  }
  route.problem = "no-pods";
  const why = target.state === "selects-no-pods" ? "selects no Pods" : target.state === "no-ready-pods" ? "has no ready Pods" : `has no Pod serving port ${servicePort.port}`;
  return problem("backend-no-pods", ["service", "name"], `Backend Service "${target.name}" ${why}`);
}
function readBackend(backend) {
  const route = { endpoints: [], endpointCount: 0 };
  if (!isObject(backend)) return route;
  if (isObject(backend.resource)) {
    route.resourceRef = { kind: String(backend.resource.kind ?? ""), name: String(backend.resource.name ?? "") };
    route.problem = "not-a-service";
    return route;
  }
  const service = isObject(backend.service) ? backend.service : {};
  const port = isObject(service.port) ? service.port : {};
  if (typeof service.name === "string") route.serviceName = service.name;
  if (typeof port.number === "number") route.servicePort = port.number;
  else if (typeof port.name === "string") route.servicePort = port.name;
  return route;
}

// src/plan/routing/ingress-tls.ts
var certManagerAnnotations = ["cert-manager.io/issuer", "cert-manager.io/cluster-issuer"];
function tlsRoutesOf(ingress, className, set, defaultNamespace) {
  const namespace = namespaceOf(ingress, defaultNamespace);
  const entries = valueAt(ingress.object, ["spec", "tls"]);
  const tls = [];
  const findings = [];
  if (!Array.isArray(entries)) return { tls, findings };
  entries.forEach((entry, index) => {
    if (!isObject(entry)) return;
    const hosts = Array.isArray(entry.hosts) ? entry.hosts.filter((h) => typeof h === "string") : [];
    const secretName = typeof entry.secretName === "string" ? entry.secretName : void 0;
    const jsonPath = ["spec", "tls", index];
    const route = { ingress, namespace, hosts, secret: secretState(ingress, namespace, secretName, set, defaultNamespace), jsonPath };
    if (className !== void 0) route.className = className;
    if (secretName !== void 0) route.secretName = secretName;
    tls.push(route);
    if (route.secret === "missing") {
      findings.push({
        code: "tls-secret-missing",
        severity: "warning",
        resource: ingress,
        path: [...jsonPath, "secretName"],
        message: `TLS Secret "${secretName}" is not in the input, which declares other Secrets of namespace ${namespace}; ingress-nginx would serve its self-signed default certificate.`
      });
    }
    hosts.forEach((host, hostIndex) => {
      if (ruleHostsOf(ingress).some((ruleHost) => ruleHost === host || matchHost(host, ruleHost) !== void 0)) return;
      findings.push({
        code: "tls-host-without-rule",
        severity: "info",
        resource: ingress,
        path: [...jsonPath, "hosts", hostIndex],
        message: `TLS host "${host}" has no rule in this Ingress; the certificate is served but the Ingress routes nothing for it.`
      });
    });
  });
  return { tls, findings };
}
function secretState(ingress, namespace, secretName, set, defaultNamespace) {
  if (secretName === void 0) return "unknown";
  const secrets = set.ofKind("Secret", "").filter((s) => namespaceOf(s, defaultNamespace) === namespace);
  if (secrets.some((s) => s.name === secretName)) return "found";
  const annotations = valueAt(ingress.object, ["metadata", "annotations"]);
  const viaAnnotation = isObject(annotations) && certManagerAnnotations.some((key) => typeof annotations[key] === "string");
  const viaCertificate = set.ofKind("Certificate").some((c) => namespaceOf(c, defaultNamespace) === namespace && valueAt(c.object, ["spec", "secretName"]) === secretName);
  if (viaAnnotation || viaCertificate) return "cert-manager";
  return secrets.length > 0 ? "missing" : "unknown";
}
function ruleHostsOf(ingress) {
  const rules2 = valueAt(ingress.object, ["spec", "rules"]);
  if (!Array.isArray(rules2)) return [];
  return rules2.flatMap((rule) => isObject(rule) && typeof rule.host === "string" ? [rule.host] : []);
}

// src/plan/routing/route-ingresses.ts
function routeIngresses(set, services, options) {
  const index = indexServices(services);
  const table = { hosts: [], defaultBackends: [], tls: [], findings: [] };
  const groups = /* @__PURE__ */ new Map();
  for (const ingress of set.ofKind("Ingress", "networking.k8s.io").filter((i) => i.apiVersion === "networking.k8s.io/v1")) {
    const namespace = namespaceOf(ingress, options.defaultNamespace);
    const choice = ingressClassOf(ingress, set);
    if (choice.source === "none") table.findings.push(classMissing(ingress));
    for (const entry of pathRoutesOf(ingress, namespace, choice.name, index, table.findings)) {
      const key = `${entry.className ?? ""}\0${entry.host ?? ""}`;
      let group = groups.get(key);
      if (!group) groups.set(key, group = hostGroup(entry));
      group.paths.push(entry);
    }
    const fallback = defaultBackendOf(ingress, namespace, choice.name, index, table);
    if (fallback) table.defaultBackends.push(fallback);
    const tls = tlsRoutesOf(ingress, choice.name, set, options.defaultNamespace);
    for (const item of tls.tls) table.tls.push(item);
    for (const item of tls.findings) table.findings.push(item);
  }
  table.hosts = [...groups.values()].sort((a, b) => (a.className ?? "").localeCompare(b.className ?? "") || (a.host ?? "\uFFFF").localeCompare(b.host ?? "\uFFFF"));
  for (const group of table.hosts) {
    for (const item of orderPaths(group)) table.findings.push(item);
  }
  return table;
}
function hostGroup(entry) {
  const group = { paths: [] };
  if (entry.className !== void 0) group.className = entry.className;
  if (entry.host !== void 0) group.host = entry.host;
  return group;
}
function pathRoutesOf(ingress, namespace, className, services, findings) {
  const rules2 = valueAt(ingress.object, ["spec", "rules"]);
  if (!Array.isArray(rules2)) return [];
  const out = [];
  rules2.forEach((rule, ruleIndex) => {
    if (!isObject(rule)) return;
    const paths = valueAt(rule, ["http", "paths"]);
    if (!Array.isArray(paths)) return;
    paths.forEach((entry, pathIndex) => {
      if (!isObject(entry)) return;
      const jsonPath = ["spec", "rules", ruleIndex, "http", "paths", pathIndex];
      const resolved = resolveBackend(ingress, namespace, entry.backend, [...jsonPath, "backend"], services);
      for (const item of resolved.findings) findings.push(item);
      const route = {
        ingress,
        namespace,
        // ImplementationSpecific may omit the path; controllers then serve everything
        path: typeof entry.path === "string" && entry.path !== "" ? entry.path : "/",
        pathType: pathTypeOf(entry.pathType),
        backend: resolved.backend,
        jsonPath
      };
      if (className !== void 0) route.className = className;
      if (typeof rule.host === "string" && rule.host !== "") route.host = rule.host;
      out.push(route);
    });
  });
  return out;
}
function pathTypeOf(value) {
  return value === "Exact" || value === "Prefix" ? value : "ImplementationSpecific";
}
function orderPaths(group) {
  group.paths.sort(comparePathPrecedence);
  const winners = /* @__PURE__ */ new Map();
  const claims = /* @__PURE__ */ new Map();
  const findings = [];
  for (const entry of group.paths) {
    const where = `host ${group.host ?? "*"} path ${entry.path} (${entry.pathType})`;
    const claim = `${entry.pathType}\0${entry.path}`;
    const claimant = claims.get(claim);
    if (claimant && claimant.ingress !== entry.ingress) {
      findings.push({
        code: "rule-conflict",
        severity: "warning",
        resource: entry.ingress,
        path: [...entry.jsonPath, "path"],
        message: `Ingress ${claimant.namespace}/${claimant.ingress.name} also claims ${where}; the controller serves only one of them (ingress-nginx: the older Ingress).`
      });
    }
    if (!claimant) claims.set(claim, entry);
    const key = matchKeyOf(entry.pathType, entry.path);
    const winner = winners.get(key);
    if (!winner) {
      winners.set(key, entry);
      continue;
    }
    entry.shadowedBy = winner;
    if (claimant && claimant.ingress !== entry.ingress) continue;
    findings.push({
      code: "rule-unreachable",
      severity: "warning",
      resource: entry.ingress,
      path: [...entry.jsonPath, "path"],
      message: `${where} is unreachable: ${winner.path} (${winner.pathType}) of Ingress ${winner.namespace}/${winner.ingress.name} matches the same requests first.`
    });
  }
  return findings;
}
function defaultBackendOf(ingress, namespace, className, services, table) {
  const backend = valueAt(ingress.object, ["spec", "defaultBackend"]);
  if (!isObject(backend)) return void 0;
  const jsonPath = ["spec", "defaultBackend"];
  const resolved = resolveBackend(ingress, namespace, backend, jsonPath, services);
  for (const item of resolved.findings) table.findings.push(item);
  const earlier = table.defaultBackends.find((d) => d.className === className && !d.isOverridden);
  if (earlier) {
    table.findings.push({
      code: "default-backend-conflict",
      severity: "warning",
      resource: ingress,
      path: jsonPath,
      message: `Ingress ${earlier.namespace}/${earlier.ingress.name} of the same class already sets a defaultBackend; a controller uses only one.`
    });
  }
  const route = { ingress, namespace, backend: resolved.backend, jsonPath, isOverridden: earlier !== void 0 };
  if (className !== void 0) route.className = className;
  return route;
}
function classMissing(ingress) {
  return {
    code: "ingress-class-missing",
    severity: "info",
    resource: ingress,
    path: ["spec", "ingressClassName"],
    message: "Ingress has no ingressClassName and the input marks no IngressClass default; no controller serves it unless the cluster has a default class or a controller watches class-less Ingresses."
  };
}

// src/plan/routing/explain-route.ts
function explainRoute(url, table, _services) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return { url, answers: [], reason: `"${url}" is not an absolute URL such as https://shop.example.com/api.` };
  }
  const scheme = parsed.protocol.replace(/:$/, "");
  const explanation = { url, scheme, host: parsed.hostname, path: parsed.pathname, answers: [] };
  if (scheme !== "http" && scheme !== "https") {
    explanation.reason = `Ingress routes only http and https, not ${scheme}.`;
    return explanation;
  }
  for (const className of classesOf(table)) {
    const answer = answerFor(className, parsed.hostname, parsed.pathname, table);
    if (!answer) continue;
    addTlsNotes(answer, scheme, parsed.hostname, table);
    explanation.answers.push(answer);
  }
  if (explanation.answers.length === 0) {
    explanation.reason = table.hosts.length === 0 && table.defaultBackends.length === 0 ? "The input has no Ingress rules." : `No Ingress rule serves host ${parsed.hostname} and no Ingress sets a defaultBackend.`;
  }
  return explanation;
}
function classesOf(table) {
  const names3 = [...table.hosts.map((h) => h.className), ...table.defaultBackends.map((d) => d.className)];
  return [...new Set(names3)];
}
function answerFor(className, host, path, table) {
  const candidates = table.hosts.filter((group) => group.className === className).flatMap((group) => {
    const match = matchHost(group.host, host);
    return match ? [{ group, match }] : [];
  }).sort((a, b) => compareHostMatches(a.match, b.match));
  const fallback = table.defaultBackends.find((d) => d.className === className && !d.isOverridden);
  const best = candidates[0];
  if (!best && !fallback) return void 0;
  const answer = { via: "controller-default", endpoints: [], endpointCount: 0, notes: [] };
  if (className !== void 0) answer.className = className;
  else answer.notes.push("These Ingresses have no class: only a controller that watches class-less Ingresses serves them.");
  if (best) {
    answer.hostMatch = best.match;
    answer.hostRoutes = best.group;
    const rule = best.group.paths.find((p) => !p.shadowedBy && pathMatches(p.pathType, p.path, path));
    if (rule) return withBackend({ ...answer, via: "rule", rule }, rule.backend);
  }
  if (fallback) return withBackend({ ...answer, via: "default-backend", defaultBackend: fallback }, fallback.backend);
  answer.notes.push(`No path of host ${best?.group.host ?? "*"} matches ${path}; the controller answers 404 (its default backend).`);
  return answer;
}
function withBackend(answer, backend) {
  answer.backend = backend;
  answer.endpoints = backend.endpoints;
  answer.endpointCount = backend.endpointCount;
  const name = backend.serviceName ?? "";
  if (backend.problem === "service-missing") answer.notes.push(`Service ${name} is not in the input: 503.`);
  if (backend.problem === "port-missing") answer.notes.push(`Service ${name} has no port ${String(backend.servicePort)}: 503.`);
  if (backend.problem === "no-pods") answer.notes.push(`Service ${name} has no ready Pod for this port: 503.`);
  if (backend.problem === "not-a-service") answer.notes.push(`The backend is a ${backend.resourceRef?.kind ?? ""} resource; what answers depends on the controller.`);
  if (backend.service?.state === "external-name") answer.notes.push(`Service ${name} is an ExternalName for ${backend.service.externalName ?? "?"}.`);
  const pending = backend.service ? backend.service.selectedPodCount - backend.service.readyPodCount : 0;
  if (pending > 0) answer.notes.push(`${pending} selected ${pending === 1 ? "Pod is" : "Pods are"} Pending (no node fits) and get no traffic.`);
  if (backend.service?.state === "no-selector") answer.notes.push(`Service ${name} has no selector: its endpoints are managed by hand.`);
  return answer;
}
function addTlsNotes(answer, scheme, host, table) {
  const tls = table.tls.find((t) => t.className === answer.className && t.hosts.some((h) => matchHost(h, host) !== void 0));
  if (tls) answer.tls = tls;
  if (scheme === "https" && !tls) {
    answer.notes.push(`No TLS entry covers ${host}: the controller serves its default (self-signed) certificate.`);
  } else if (scheme === "https" && tls?.secret === "missing") {
    answer.notes.push(`TLS Secret ${tls.secretName ?? ""} is missing: the controller serves its default (self-signed) certificate.`);
  } else if (scheme === "http" && tls) {
    answer.notes.push(`${host} has TLS: ingress-nginx redirects http to https by default (ssl-redirect).`);
  }
}

// src/plan/routing/route-http-routes.ts
function routeHttpRoutes(set, services, options) {
  const index = indexServices(services);
  const table = { matches: [], findings: [] };
  for (const route of set.ofKind("HTTPRoute", "gateway.networking.k8s.io")) {
    const namespace = namespaceOf(route, options.defaultNamespace);
    const spec = isObject(route.object.spec) ? route.object.spec : {};
    const parents = listOf(spec.parentRefs).map((ref) => `${typeof ref.namespace === "string" ? ref.namespace : namespace}/${String(ref.name ?? "")}`);
    const hostnames = Array.isArray(spec.hostnames) ? spec.hostnames.filter((h) => typeof h === "string") : [];
    listOf(spec.rules).forEach((rule, ruleIndex) => {
      const rulePath = ["spec", "rules", ruleIndex];
      const backends = listOf(rule.backendRefs).map((ref, refIndex) => resolveHttpBackend(route, namespace, ref, [...rulePath, "backendRefs", refIndex], index, set, options, table.findings));
      const matches = Array.isArray(rule.matches) && rule.matches.length > 0 ? listOf(rule.matches) : [{}];
      matches.forEach((match, matchIndex) => {
        const path = isObject(match.path) ? match.path : {};
        const entry = {
          route,
          namespace,
          parents,
          hostnames,
          backends,
          pathType: path.type === "Exact" || path.type === "RegularExpression" ? path.type : "PathPrefix",
          path: typeof path.value === "string" ? path.value : "/",
          headerCount: listOf(match.headers).length,
          queryParamCount: listOf(match.queryParams).length,
          jsonPath: [...rulePath, "matches", matchIndex]
        };
        if (typeof match.method === "string") entry.method = match.method;
        table.matches.push(entry);
      });
    });
  }
  return table;
}
function listOf(value) {
  return Array.isArray(value) ? value.filter(isObject) : [];
}
function hasReferenceGrant(set, from, to, name, options) {
  return set.ofKind("ReferenceGrant").some((grant) => namespaceOf(grant, options.defaultNamespace) === to && listOf(valueAt(grant.object, ["spec", "from"])).some((f) => f.kind === "HTTPRoute" && f.namespace === from) && listOf(valueAt(grant.object, ["spec", "to"])).some((t) => (t.kind ?? "Service") === "Service" && (t.name === void 0 || t.name === name)));
}
function resolveHttpBackend(route, namespace, ref, path, services, set, options, findings) {
  const backend = {
    kind: typeof ref.kind === "string" ? ref.kind : "Service",
    name: String(ref.name ?? ""),
    namespace: typeof ref.namespace === "string" ? ref.namespace : namespace,
    weight: typeof ref.weight === "number" ? ref.weight : 1,
    endpoints: [],
    endpointCount: 0
  };
  if (typeof ref.port === "number") backend.port = ref.port;
  const warn = (code, at, message) => findings.push({ code, severity: "warning", resource: route, path: at, message });
  if (backend.kind !== "Service") {
    backend.problem = "not-a-service";
    return backend;
  }
  if (backend.namespace !== namespace && !hasReferenceGrant(set, namespace, backend.namespace, backend.name, options)) {
    backend.problem = "needs-reference-grant";
    warn("backend-needs-reference-grant", [...path, "namespace"], `Backend Service ${backend.namespace}/${backend.name} is in another namespace and no ReferenceGrant in the input allows it; the Gateway refuses the reference.`);
    return backend;
  }
  const service = services.get(`${backend.namespace}/${backend.name}`);
  if (!service) {
    backend.problem = "service-missing";
    warn("backend-service-missing", [...path, "name"], `Backend Service "${backend.name}" is not in the input (namespace ${backend.namespace}); its share of traffic fails with 500.`);
    return backend;
  }
  backend.service = service;
  const port = service.ports.find((p) => p.port === backend.port);
  if (!port) {
    backend.problem = "port-missing";
    warn("backend-port-missing", [...path, "port"], `Service "${service.name}" has no port ${String(backend.port ?? "(none given)")}.`);
    return backend;
  }
  backend.servicePort = port;
  backend.endpoints = port.endpoints;
  backend.endpointCount = port.endpointCount;
  if (port.endpointCount === 0 && service.state !== "no-selector" && service.state !== "external-name") {
    backend.problem = "no-pods";
    warn("backend-no-pods", [...path, "name"], `Backend Service "${service.name}" has no ready Pod for port ${port.port}.`);
  }
  return backend;
}

// src/plan/routing/explain-http-route.ts
function explainHttpRoute(url, table) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return { url, backends: [], notes: [], reason: `"${url}" is not an absolute URL.` };
  }
  const host = parsed.hostname.toLowerCase();
  const path = parsed.pathname;
  const explanation = { url, host, path, backends: [], notes: [] };
  const candidates = table.matches.flatMap((match) => {
    const hostRank = hostnameRank(match.hostnames, host);
    if (hostRank === void 0) return [];
    if (match.pathType === "RegularExpression") {
      explanation.notes.push(`HTTPRoute ${match.namespace}/${match.route.name} has a RegularExpression path ${match.path}; drydock does not evaluate it.`);
      return [];
    }
    if (!pathMatches(match.pathType === "Exact" ? "Exact" : "Prefix", match.path, path)) return [];
    if (match.headerCount > 0 || match.queryParamCount > 0 || match.method !== void 0 && match.method !== "GET") {
      explanation.notes.push(`HTTPRoute ${match.namespace}/${match.route.name} also matches ${match.path} for requests with a given method, headers or query parameters.`);
      return [];
    }
    return [{ match, hostRank }];
  });
  candidates.sort((a, b) => b.hostRank - a.hostRank || comparePrecedence(a.match, b.match));
  const winner = candidates[0]?.match;
  if (!winner) {
    explanation.reason = table.matches.length === 0 ? "The input has no HTTPRoutes." : `No HTTPRoute matches ${host}${path}: the Gateway answers 404.`;
    return explanation;
  }
  explanation.match = winner;
  const total = winner.backends.reduce((sum, b) => sum + b.weight, 0);
  explanation.backends = winner.backends.map((backend) => ({ backend, share: total > 0 ? backend.weight / total : 0 }));
  if (winner.backends.length === 0) explanation.notes.push("The rule has no backendRefs: the Gateway answers 500.");
  return explanation;
}
function hostnameRank(hostnames, host) {
  if (hostnames.length === 0) return 0;
  let best;
  for (const name of hostnames.map((h) => h.toLowerCase())) {
    const rank2 = name === host ? 1e4 : name.startsWith("*.") && host.endsWith(name.slice(1)) ? name.length : void 0;
    if (rank2 !== void 0 && (best === void 0 || rank2 > best)) best = rank2;
  }
  return best;
}
function comparePrecedence(a, b) {
  const exact = Number(b.pathType === "Exact") - Number(a.pathType === "Exact");
  if (exact !== 0) return exact;
  if (a.path.length !== b.path.length) return b.path.length - a.path.length;
  return Number(b.method !== void 0) - Number(a.method !== void 0);
}

// src/plan/simulate-plan.ts
function simulatePlan(changes, desired, model, options) {
  const { defaultNamespace, kubernetesVersion } = options;
  const maxPods = options.maxPods ?? defaultMaxPods;
  const { pods: pods2, cut } = expandPodsWithCuts(desired, { nodes: model?.nodes, defaultNamespace, maxPods });
  const state = model ? new SchedulerState(model, { kubernetesVersion, resources: desired, defaultNamespace }) : void 0;
  const scheduling = state ? schedulePodsOn(state, pods2) : void 0;
  const diagnostics = cut.map(({ resource, wanted, simulated }) => {
    const message = `only ${simulated} of this ${resource.kind}'s ${plural(wanted, "Pod", "Pods")} ${simulated === 1 ? "is" : "are"} simulated (a plan simulates at most ${plural(maxPods, "Pod", "Pods")} in all; see --max-pods): the others are not scheduled or routed`;
    return planDiagnostic(resource, podCountPath(resource.kind), "info", "pods-not-simulated", message);
  });
  const pendingGroups = /* @__PURE__ */ new Map();
  for (const pending of scheduling?.pending ?? []) {
    if (!pending.source) continue;
    const path = pending.path ?? ["spec"];
    const key = `${pending.source.source.file}|${pending.source.source.documentIndex}|${pending.source.source.itemIndex ?? ""}|${pending.message}|${JSON.stringify(path)}`;
    const group = pendingGroups.get(key);
    if (group) group.pods.push(pending.pod);
    else pendingGroups.set(key, { source: pending.source, path, pods: [pending.pod], message: pending.message, hint: pending.hint });
  }
  for (const group of pendingGroups.values()) {
    const pods3 = group.pods.length === 1 ? `Pod ${group.pods[0]}` : `${group.pods.length} Pods (${group.pods[0]} \u2026)`;
    diagnostics.push(planDiagnostic(group.source, group.path, "warning", "pod-unschedulable", `${pods3} would stay Pending: ${group.message} ${group.hint}`));
  }
  const services = routeServices(desired, pods2, { defaultNamespace });
  const ingresses = routeIngresses(desired, services, { defaultNamespace });
  const httpRoutes = routeHttpRoutes(desired, services, { defaultNamespace });
  const routing = { services, ingresses, httpRoutes };
  if (options.route !== void 0) {
    routing.route = explainRoute(options.route, ingresses, services);
    if (httpRoutes.matches.length > 0) routing.httpRoute = explainHttpRoute(options.route, httpRoutes);
  }
  for (const item of [...services.flatMap((s) => s.findings), ...ingresses.findings, ...httpRoutes.findings]) {
    diagnostics.push(planDiagnostic(item.resource, item.path, item.severity, item.code, item.message));
  }
  const podsOf = /* @__PURE__ */ new Map();
  for (const pod of pods2) {
    if (!pod.source) continue;
    const list = podsOf.get(pod.source);
    if (list) list.push(pod);
    else podsOf.set(pod.source, [pod]);
  }
  const rollouts = [];
  for (const change of changes) {
    const rollout = rolloutOf(change, desired, change.desired ? podsOf.get(change.desired) ?? [] : [], state, options);
    if (rollout) rollouts.push(rollout);
  }
  const workloadFindings = [...rolloutFindings(desired, { defaultNamespace, kubernetesVersion }), ...pdbFindings(desired, defaultNamespace), ...rollouts.flatMap((r) => r.findings)];
  const seen = /* @__PURE__ */ new Set();
  for (const item of workloadFindings) {
    const key = `${item.code}|${item.resource.source.file}|${item.resource.source.documentIndex}|${item.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    diagnostics.push(planDiagnostic(item.resource, item.path, item.severity, item.code, item.message));
  }
  return { cluster: model?.describedAs, scheduling, routing, rollouts, diagnostics };
}
function podCountPath(kind) {
  if (kind === "Job") return ["spec", "parallelism"];
  if (kind === "CronJob") return ["spec", "jobTemplate", "spec", "parallelism"];
  return kind === "DaemonSet" ? ["spec"] : ["spec", "replicas"];
}
function templateChanged2(change, templatePath) {
  const prefix = formatPath(templatePath);
  return change.fields.some((field) => field.path === prefix || field.path.startsWith(`${prefix}.`));
}
function rolloutOf(change, desired, own, state, options) {
  const resource = change.desired;
  const templatePath = podTemplatePath(change.kind);
  if (!resource || !templatePath || !isKindOf(rolloutKinds, change.kind)) return void 0;
  if (change.action !== "create" && change.action !== "update" && change.action !== "replace") return void 0;
  const before = change.action === "create" || change.action === "replace" ? void 0 : change.before;
  const hpa = hpasTargeting(resource, desired, options.defaultNamespace)[0];
  const declared = isObject(resource.object.spec) ? resource.object.spec.replicas : void 0;
  const replicas = hpa && declared === void 0 ? hpaMinReplicas(hpa) : void 0;
  const rollout = planRollout(before, resource, {
    kubernetesVersion: options.kubernetesVersion,
    defaultNamespace: options.defaultNamespace,
    nodeCount: change.kind === "DaemonSet" && state ? own.length : void 0,
    replicas,
    templateChanged: templateChanged2(change, templatePath),
    surgeFits: state && own[0] ? surgeCheck(state, own[0], options.maxPods ?? defaultMaxPods) : void 0
  });
  return rollout;
}
function surgeCheck(state, pod, maxPods) {
  let tried = 0;
  let fitting = 0;
  return (extra) => {
    const wanted = Math.min(extra, maxPods);
    if (wanted > tried && fitting === tried) {
      tried = Math.min(maxPods, Math.max(wanted, 2 * tried));
      fitting = state.countFitting(pod, tried);
    }
    if (fitting >= wanted) return { fits: true };
    const decision = fitting === 0 ? state.evaluate({ ...pod, name: `${pod.name}-surge`, node: void 0, status: "Unsimulated" }) : void 0;
    const why = decision && decision.node === void 0 ? `: ${decision.message}` : "";
    return { fits: false, reason: `the cluster has room for ${fitting} of ${plural(extra, "extra Pod", "extra Pods")}${why}` };
  };
}

// src/plan/cluster-facts.ts
function clusterFacts(set, model, options) {
  const pods2 = expandPods(set, { nodes: model.nodes, defaultNamespace: options.defaultNamespace });
  const result = schedulePods(pods2, model, { kubernetesVersion: options.kubernetesVersion, resources: set, defaultNamespace: options.defaultNamespace });
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
  isLiveObject,
  makePlan,
  maxModelNodes,
  clusterDiagnostic,
  kindClusterModel,
  nodesFromDump,
  runningPodsFromDump,
  isClusterFile,
  clusterFileModel,
  simulatePlan,
  clusterFacts
};
