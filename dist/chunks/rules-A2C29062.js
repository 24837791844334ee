import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  compileGoWholeTextPattern
} from "./chunk-30E97A45.js";
import {
  boundRoleOf,
  capabilitiesOf,
  compareQuantities,
  configReferencesOf,
  containersOf,
  couldBeCredentialValue,
  declaredReplicas,
  effectiveSecurityContext,
  findInNamespace,
  holdsPrivateKey,
  hostPathMountsOf,
  hpaMinReplicas,
  hpaTargets,
  hpasTargeting,
  isKnownBelowReplicas,
  isObject,
  isPathUnder,
  jobKinds,
  labelsOf,
  longRunningKinds,
  looksLikeCredentialName,
  mapMatches,
  memoByString,
  metadataPolicyKinds,
  minorOf,
  missingFieldPath,
  nameMatchesAny,
  namespaceHasOtherObjects,
  namespaceOf,
  ofKindIn,
  operatorResourcesMatching,
  parseImageReference,
  parseIntOrPercent,
  podCreatorsOf,
  podCreatorsSelectedBy,
  podLabelsOf,
  podSpecOf,
  podTemplatePath,
  policyRulesOf,
  replicatedKinds,
  resourceAmountOf,
  roleBindingKinds,
  roleKinds,
  roleRefOf,
  ruleGrants,
  scalableKinds,
  scaledCount,
  selectorMatches,
  shouldJudgeSelection,
  splitApiVersion,
  trimTrailingSlashes,
  undeclaredProbePorts,
  unsetResourceAmounts,
  valueAt,
  workloadKinds
} from "./chunk-084AE718.js";
import "./chunk-E3B0C442.js";

// src/lint/metadata-pattern.ts
var parseMetadataPattern = memoByString((text) => {
  const equals = text.indexOf("=");
  if (equals < 0) return { key: text, text };
  const negated = equals > 0 && text[equals - 1] === "!";
  const source = text.slice(equals + 1);
  const key = text.slice(0, negated ? equals - 1 : equals);
  const pattern = { key, value: compileFullMatch(source), valueText: source, text };
  if (negated) pattern.negated = true;
  return pattern;
});
function compileFullMatch(source) {
  return compileGoWholeTextPattern(source) ?? { test: (value) => value === source };
}
function metadataValueMatches(pattern, value) {
  if (!pattern.value) return true;
  if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") return false;
  return pattern.value.test(String(value)) !== (pattern.negated === true);
}

// src/lint/rule-parts.ts
var objectSchema = { type: "object", additionalProperties: false };
var ignoreContainersOption = ruleOptions(
  { ignoreContainers: { type: "array", items: { type: "string" }, description: "Container names to skip, such as log shippers." } },
  { ignoreContainers: [] }
);
var ignoreInitContainersOption = ruleOptions(
  { ignoreInitContainers: { type: "boolean", description: "Skip init containers, as Polaris does." } },
  { ignoreInitContainers: false }
);
function ruleOptions(properties, defaults) {
  return { schema: { ...objectSchema, properties }, defaults };
}
function missingObjectOptions(description) {
  return ruleOptions({ reportWhen: missingObjectReportWhen(description) }, { reportWhen: "namespaceInInput" });
}
function missingObjectOptionsWithIgnore(description, ignoreText) {
  return ruleOptions(
    { reportWhen: missingObjectReportWhen(description), ignore: { type: "array", items: { type: "string" }, description: ignoreText } },
    { reportWhen: "namespaceInInput", ignore: [] }
  );
}
function missingObjectReportWhen(description) {
  return { enum: ["namespaceInInput", "always"], description };
}
function selectionOptions(description) {
  return ruleOptions({ reportWhen: { enum: ["inputHasWorkloads", "namespaceHasWorkloads", "always"], description } }, { reportWhen: "inputHasWorkloads" });
}
function bindingGrantOptions(verbsText, builtInRolesText, defaultVerbs) {
  return ruleOptions(
    {
      verbs: { type: "array", items: { type: "string" }, description: verbsText },
      checkBuiltInRoles: { type: "boolean", description: builtInRolesText },
      ignoreBindings: { type: "array", items: { type: "string" }, description: "Binding names to skip; a trailing `*` matches a prefix." }
    },
    { verbs: defaultVerbs, checkBuiltInRoles: true, ignoreBindings: ["system:*"] }
  );
}
function probeMissingCheck(probe) {
  return ({ resource, options, report }) => {
    if (isRunOncePod(resource)) return;
    for (const container of containersOf(resource)) {
      if (container.kind !== "container" || options.ignoreContainers.includes(container.name)) continue;
      if (container.spec[probe] === void 0 || container.spec[probe] === null) {
        report({ messageId: "missing", path: container.path, data: { container: container.name } });
      }
    }
  };
}
function isRunOncePod(resource) {
  const spec = resource.object.spec;
  return resource.kind === "Pod" && isObject(spec) && (spec.restartPolicy === "Never" || spec.restartPolicy === "OnFailure");
}
function probePortMessages(probe) {
  return {
    undeclaredName: `The ${probe} of container "{{container}}" targets port "{{port}}", which the container does not declare.`,
    undeclaredNumber: `The ${probe} of container "{{container}}" targets port {{port}}, which is not among the container's ports.`,
    notTcp: `The ${probe} of container "{{container}}" targets port "{{port}}", which the container declares for a protocol other than TCP.`
  };
}
function probePortCheck(probe) {
  const messageIds = { name: "undeclaredName", number: "undeclaredNumber", protocol: "notTcp" };
  return ({ resource, report }) => {
    for (const found of undeclaredProbePorts(resource, probe)) {
      report({ messageId: messageIds[found.reason], path: found.path, data: { container: found.container, port: found.port } });
    }
  };
}
function unsetAmountCheck(section, name) {
  return ({ resource, options, report }) => {
    for (const unset of unsetResourceAmounts(resource, section, name, options)) {
      report({ messageId: unset.state === "zero" ? "zero" : "missing", path: unset.path, data: { container: unset.container } });
    }
  };
}
function requestNotEqualLimitCheck(name, reportsMissingLimit) {
  return ({ resource, report }) => {
    for (const container of containersOf(resource)) {
      if (container.kind === "ephemeral") continue;
      const limit = resourceAmountOf(container, "limits", name);
      const request = resourceAmountOf(container, "requests", name);
      if (limit.state === "missing" && reportsMissingLimit) {
        report({ messageId: "limitMissing", path: limit.path, data: { container: container.name } });
        continue;
      }
      if (!limit.quantity || !request.quantity || compareQuantities(request.quantity, limit.quantity) === 0) continue;
      report({ messageId: "differs", path: request.path, data: { container: container.name, request: request.text ?? "", limit: limit.text ?? "" } });
    }
  };
}

// src/lint/rule-api.ts
function defineRule(rule) {
  return rule;
}

// rules/capabilities-not-dropped.ts
var defaultCapabilities = [
  "AUDIT_WRITE",
  "CHOWN",
  "DAC_OVERRIDE",
  "FOWNER",
  "FSETID",
  "KILL",
  "MKNOD",
  "NET_ADMIN",
  "NET_BIND_SERVICE",
  "NET_RAW",
  "SETFCAP",
  "SETGID",
  "SETPCAP",
  "SETUID",
  "SYS_CHROOT"
];
var capabilities_not_dropped_default = defineRule({
  id: "capabilities-not-dropped",
  summary: "Containers drop the Linux capabilities the runtime grants by default.",
  rationale: "Container runtimes give every container a default set of capabilities, among them `NET_RAW` (forging packets, ARP and DNS spoofing inside the cluster network), `CHOWN`, `SETUID` and `MKNOD`. Few applications need any of them, and each one widens what an attacker can do after getting in.",
  fix: "Set `securityContext.capabilities.drop: [ALL]` on the container and add back only what it needs, for example `add: [NET_BIND_SERVICE]` to listen on a port below 1024.",
  category: "security",
  severity: "warning",
  kinds: workloadKinds,
  preset: "strict",
  messages: {
    notDropped: 'Container "{{container}}" does not drop ALL capabilities.',
    partlyDropped: 'Container "{{container}}" keeps the default capabilities {{kept}}.',
    netRawAdded: 'Container "{{container}}" adds back the NET_RAW capability.'
  },
  peers: { kubeLinter: "drop-net-raw-capability", polaris: "insecureCapabilities" },
  peerDifferences: "Like Polaris, drydock asks every container to drop `ALL` (or every default capability), also when it has no `capabilities` block; kube-linter only looks at containers that have one, and only at `NET_RAW`. Capabilities in the pod-level securityContext are ignored: the field exists only per container.",
  check({ resource, report }) {
    for (const container of containersOf(resource)) {
      if (container.kind === "ephemeral") continue;
      const data = { container: container.name };
      const dropped = new Set(capabilitiesOf(container, "drop").map((entry) => entry.name));
      if (!dropped.has("ALL")) {
        const kept = defaultCapabilities.filter((name) => !dropped.has(name));
        if (kept.length === defaultCapabilities.length) report({ messageId: "notDropped", path: dropPath(container.path, container.spec), data });
        else if (kept.length > 0) report({ messageId: "partlyDropped", path: dropPath(container.path, container.spec), data: { ...data, kept: kept.join(", ") } });
      }
      for (const added of capabilitiesOf(container, "add")) {
        if (added.name === "NET_RAW") report({ messageId: "netRawAdded", path: added.path, data });
      }
    }
  }
});
function dropPath(containerPath, spec) {
  const context = spec.securityContext;
  if (!isObject(context)) return [...containerPath, "securityContext"];
  if (!isObject(context.capabilities)) return [...containerPath, "securityContext", "capabilities"];
  return [...containerPath, "securityContext", "capabilities", "drop"];
}

// rules/cluster-admin-binding.ts
var everyVerb = ["get", "list", "watch", "create", "update", "patch", "delete"];
function grantsEverything(rule) {
  const list = (field) => Array.isArray(rule[field]) ? rule[field] : [];
  const verbs = list("verbs");
  return list("apiGroups").includes("*") && list("resources").includes("*") && (verbs.includes("*") || everyVerb.every((v) => verbs.includes(v)));
}
var cluster_admin_binding_default = defineRule({
  id: "cluster-admin-binding",
  summary: "No binding grants cluster-admin or an equivalent all-powerful role.",
  rationale: "The `cluster-admin` ClusterRole allows every action on every resource. Whoever holds it (a user, a group, or a ServiceAccount whose token any process in its Pods can read) can read every Secret and take over the cluster.\n\ndrydock reports a ClusterRoleBinding or RoleBinding whose `roleRef` is the `cluster-admin` ClusterRole, or a Role or ClusterRole of the input with a rule granting every verb on `*` resources in `*` API groups. Bindings named `system:*`, which the control plane manages, and those listed in `ignoreBindings` are exempt.",
  fix: "Bind a role that grants only the resources and verbs the subject needs; reserve `cluster-admin` for break-glass accounts managed outside the application manifests.",
  category: "rbac",
  severity: "error",
  kinds: roleBindingKinds,
  preset: "recommended",
  messages: {
    clusterAdmin: '{{kind}} "{{binding}}" grants the cluster-admin ClusterRole.',
    equivalentRole: '{{kind}} "{{binding}}" grants {{roleKind}} "{{role}}", which allows every action on every resource.'
  },
  options: ruleOptions(
    {
      ignoreBindings: {
        type: "array",
        items: { type: "string" },
        description: "Binding names to skip; a trailing `*` matches a prefix."
      }
    },
    { ignoreBindings: ["system:*", "gce:podsecuritypolicy:calico-sa"] }
  ),
  peers: { kubeLinter: "cluster-admin-role-binding", polaris: "clusterrolebindingClusterAdmin" },
  peerDifferences: "kube-linter only checks ClusterRoleBindings to `cluster-admin`; drydock, like Polaris (`clusterrolebindingClusterAdmin`, `rolebindingClusterAdminClusterRole`, `rolebindingClusterAdminRole`), also checks RoleBindings and roles of the input that are equivalent to it, and exempts the same default binding names.",
  check({ resource, resources, defaultNamespace, options, report }) {
    if (nameMatchesAny(resource.name, options.ignoreBindings)) return;
    const ref = roleRefOf(resource);
    if (!ref) return;
    if (ref.kind === "ClusterRole" && ref.name === "cluster-admin") {
      report({ messageId: "clusterAdmin", path: ["roleRef", "name"], data: { kind: resource.kind, binding: resource.name } });
      return;
    }
    const role = boundRoleOf(resource, resources, defaultNamespace);
    if (role && policyRulesOf(role).some(({ rule }) => grantsEverything(rule))) {
      report({ messageId: "equivalentRole", path: ["roleRef", "name"], data: { kind: resource.kind, binding: resource.name, roleKind: role.kind, role: role.name } });
    }
  }
});

// rules/cpu-limit-missing.ts
var cpu_limit_missing_default = defineRule({
  id: "cpu-limit-missing",
  summary: "Containers set a CPU limit.",
  rationale: "A container without a CPU limit may use every idle core of its node, so its latency depends on its neighbours' load and a runaway process slows the whole node. Some teams leave CPU limits off on purpose to avoid throttling; this rule is therefore only in the `strict` preset.",
  fix: "Set `resources.limits.cpu` above the container's peak usage (for example `1` or `1500m`), or disable this rule if you deliberately run without CPU limits.",
  category: "resources",
  severity: "warning",
  kinds: workloadKinds,
  preset: "strict",
  messages: {
    missing: 'Container "{{container}}" has no CPU limit.',
    zero: 'Container "{{container}}" has a zero CPU limit.'
  },
  options: ignoreInitContainersOption,
  peers: { kubeScore: "container-resources", polaris: "cpuLimitsMissing" },
  peerDifferences: "Like kube-linter and kube-score, drydock checks init containers too (Polaris skips them; set `ignoreInitContainers` to match it), and like kube-linter it treats a zero quantity as unset.",
  check: unsetAmountCheck("limits", "cpu")
});

// rules/cpu-request-missing.ts
var cpu_request_missing_default = defineRule({
  id: "cpu-request-missing",
  summary: "Containers request CPU.",
  rationale: "The scheduler places Pods by their requests. A container without a CPU request counts as needing none, so nodes get overcommitted, the Pod is first in line to be starved under contention, and a HorizontalPodAutoscaler that scales on CPU utilisation cannot compute it.",
  fix: "Set `resources.requests.cpu` to what the container uses under normal load (for example `250m`), measured from its metrics.",
  category: "resources",
  severity: "warning",
  kinds: workloadKinds,
  preset: "recommended",
  messages: {
    missing: 'Container "{{container}}" does not request CPU.',
    zero: 'Container "{{container}}" requests zero CPU.'
  },
  options: ignoreInitContainersOption,
  peers: { kubeLinter: "unset-cpu-requirements", kubeScore: "container-resources", polaris: "cpuRequestsMissing" },
  peerDifferences: "Like kube-linter and kube-score, drydock checks init containers too (Polaris skips them; set `ignoreInitContainers` to match it), and like kube-linter it treats a zero quantity as unset.",
  check: unsetAmountCheck("requests", "cpu")
});

// rules/cpu-request-not-equal-limit.ts
var cpu_request_not_equal_limit_default = defineRule({
  id: "cpu-request-not-equal-limit",
  summary: "CPU requests equal CPU limits.",
  rationale: "A Pod gets the Guaranteed QoS class only when every container's requests equal its limits for both CPU and memory. Guaranteed Pods are the last to be evicted under node pressure and, with the static CPU manager policy, can get exclusive cores; a gap between request and limit also lets a container burst on CPU the scheduler never reserved for it.",
  fix: "Set `resources.requests.cpu` and `resources.limits.cpu` to the same value (for example both `500m`), or omit the request: Kubernetes then defaults it to the limit.",
  category: "resources",
  severity: "info",
  kinds: workloadKinds,
  preset: "all",
  messages: {
    limitMissing: 'Container "{{container}}" sets no CPU limit, so its CPU request and limit are not equal.',
    differs: 'Container "{{container}}" requests {{request}} of CPU but is limited to {{limit}}.'
  },
  peers: { kubeScore: "container-cpu-requests-equal-limits" },
  peerDifferences: "kube-score also fires when only the request is missing; drydock does not, because the API server then defaults the request to the limit. kube-score's combined `container-resource-requests-equal-limits` check is this rule together with its memory twin.",
  check: requestNotEqualLimitCheck("cpu", true)
});

// rules/cronjob-starting-deadline-missing.ts
var cronjob_starting_deadline_missing_default = defineRule({
  id: "cronjob-starting-deadline-missing",
  summary: "CronJobs set startingDeadlineSeconds.",
  rationale: "Without a starting deadline, the controller counts every schedule it missed since the last run; after 100 missed schedules (a controller outage, a long suspension) it stops scheduling the CronJob altogether.",
  fix: "Set `spec.startingDeadlineSeconds` to how late a run may still start, for example `200` for a job that runs every few minutes.",
  category: "reliability",
  severity: "warning",
  kinds: ["CronJob"],
  preset: "strict",
  messages: {
    missing: 'CronJob "{{name}}" has no startingDeadlineSeconds.'
  },
  peers: { kubeScore: "cronjob-has-deadline" },
  check({ resource, report }) {
    const spec = resource.object.spec;
    if (spec === null || typeof spec !== "object" || Array.isArray(spec)) return;
    if (spec.startingDeadlineSeconds === void 0) {
      report({ messageId: "missing", path: ["spec", "startingDeadlineSeconds"], data: { name: resource.name } });
    }
  }
});

// rules/dangerous-capabilities-added.ts
var dangerous_capabilities_added_default = defineRule({
  id: "dangerous-capabilities-added",
  summary: "Containers do not add the ALL, SYS_ADMIN or NET_ADMIN capabilities.",
  rationale: "`SYS_ADMIN` allows mounting filesystems and much of what root can do, `NET_ADMIN` allows reconfiguring the network of the pod (and of the node with `hostNetwork`), and `ALL` grants every capability: each is close to running privileged.",
  fix: "Remove the capability from `securityContext.capabilities.add`, or add only the narrow capability the process needs (for example `NET_BIND_SERVICE`).",
  category: "security",
  severity: "warning",
  kinds: workloadKinds,
  preset: "recommended",
  messages: {
    added: 'Container "{{container}}" adds the {{capability}} capability.'
  },
  options: ruleOptions(
    {
      capabilities: {
        type: "array",
        items: { type: "string" },
        description: "Capabilities that count as dangerous when added (case-insensitive, with or without the `CAP_` prefix)."
      }
    },
    { capabilities: ["ALL", "SYS_ADMIN", "NET_ADMIN"] }
  ),
  peers: { polaris: "dangerousCapabilities" },
  check({ resource, options, report }) {
    const dangerous = new Set(options.capabilities.map((name) => name.trim().toUpperCase().replace(/^CAP_/, "")));
    for (const container of containersOf(resource)) {
      if (container.kind === "ephemeral") continue;
      for (const capability of capabilitiesOf(container, "add")) {
        if (dangerous.has(capability.name)) report({ messageId: "added", path: capability.path, data: { container: container.name, capability: capability.name } });
      }
    }
  }
});

// rules/default-namespace.ts
var default_namespace_default = defineRule({
  id: "default-namespace",
  summary: "Workloads and Services live in a namespace of their own, not in `default`.",
  rationale: "The `default` namespace is where everything lands that nobody placed: objects of unrelated teams and tools mix there, so RBAC, ResourceQuotas, LimitRanges and NetworkPolicies cannot be scoped to one application, and a `kubectl delete` or a default-deny policy aimed at one of them hits them all.",
  fix: "Set `metadata.namespace` to the application's own namespace. If the manifests deliberately name none because they are applied with `kubectl -n` or a kustomization's `namespace`, tell drydock that namespace with `namespace` in the config (or `--namespace`), and the rule no longer fires for them.",
  category: "configuration",
  severity: "info",
  kinds: ["Service", ...workloadKinds],
  preset: "all",
  messages: {
    explicit: '{{kind}} "{{name}}" is in the default namespace.',
    implicit: '{{kind}} "{{name}}" names no namespace, so it is created in the default namespace.'
  },
  peers: { kubeLinter: "use-namespace" },
  peerDifferences: "kube-linter always treats a missing namespace as `default`; drydock uses the namespace set in its config or with `--namespace`, so manifests applied into a namespace from outside are not flagged once that is configured.",
  check({ resource, defaultNamespace, report }) {
    const metadata = resource.object.metadata;
    if (!isObject(metadata)) return;
    const namespace = metadata.namespace;
    const data = { kind: resource.kind, name: resource.name };
    if (namespace === "default") report({ messageId: "explicit", path: ["metadata", "namespace"], data });
    else if ((namespace === void 0 || namespace === null || namespace === "") && defaultNamespace === "default") {
      report({ messageId: "implicit", path: ["metadata", "namespace"], data });
    }
  }
});

// rules/default-service-account.ts
var default_service_account_default = defineRule({
  id: "default-service-account",
  summary: "Workloads run as a service account of their own, not `default`.",
  rationale: "Every Pod of a namespace that names no service account shares `default`. Any permission granted to one of them (a RoleBinding added for one app) is then granted to all, and the audit log cannot tell them apart.",
  fix: "Create a ServiceAccount for the workload and set `serviceAccountName` in its pod spec; set `automountServiceAccountToken: false` if it needs no API access.",
  category: "security",
  severity: "warning",
  kinds: workloadKinds,
  preset: "all",
  messages: {
    defaultAccount: '"{{name}}" runs as the default service account.'
  },
  peers: { kubeLinter: "default-service-account" },
  check({ resource, report }) {
    const pod = podSpecOf(resource);
    if (!pod) return;
    const { serviceAccountName, serviceAccount } = pod.spec;
    const account = typeof serviceAccountName === "string" && serviceAccountName !== "" ? serviceAccountName : serviceAccount;
    if (account === void 0 || account === "" || account === "default") {
      const field = serviceAccountName !== void 0 ? "serviceAccountName" : serviceAccount !== void 0 ? "serviceAccount" : "serviceAccountName";
      report({ messageId: "defaultAccount", path: [...pod.path, field], data: { name: resource.name } });
    }
  }
});

// rules/deprecated-service-account-field.ts
var deprecated_service_account_field_default = defineRule({
  id: "deprecated-service-account-field",
  summary: "Pod specs use serviceAccountName, not the deprecated serviceAccount.",
  rationale: "`spec.serviceAccount` is a deprecated alias of `serviceAccountName`, kept only for old clients. When the two disagree, `serviceAccountName` wins, so a manifest that changes only `serviceAccount` silently keeps the old identity.",
  fix: "Rename `serviceAccount` to `serviceAccountName` (or remove it when `serviceAccountName` is already set).",
  category: "configuration",
  severity: "warning",
  kinds: workloadKinds,
  preset: "recommended",
  messages: {
    deprecated: 'The pod spec sets the deprecated serviceAccount field ("{{name}}"); use serviceAccountName.'
  },
  peers: { kubeLinter: "deprecated-service-account-field" },
  check({ resource, report }) {
    const pod = podSpecOf(resource);
    const name = pod?.spec.serviceAccount;
    if (pod && typeof name === "string" && name !== "") {
      report({ messageId: "deprecated", path: [...pod.path, "serviceAccount"], target: "key", data: { name } });
    }
  }
});

// rules/dnsconfig-ndots-missing.ts
var dnsconfig_ndots_missing_default = defineRule({
  id: "dnsconfig-ndots-missing",
  summary: "Pods that use the cluster DNS set a low ndots option.",
  rationale: "With the cluster DNS, Kubernetes writes `options ndots:5` into every Pod's `/etc/resolv.conf`. A name with fewer than five dots, such as `api.example.com`, is then first tried in each of the three or four cluster search domains, so every lookup of an external name costs several extra DNS queries, which slows the application and loads CoreDNS. A low `ndots` sends such names straight out, while short in-cluster names like `my-service` still go through the search list.",
  fix: 'Add `dnsConfig: {options: [{name: ndots, value: "2"}]}` to the pod spec (any value up to the `maxNdots` option), and write external names with a trailing dot where you can.',
  category: "networking",
  severity: "info",
  kinds: workloadKinds,
  preset: "all",
  messages: {
    missing: '"{{name}}" does not set the ndots DNS option, so it gets the cluster default of 5.',
    tooHigh: '"{{name}}" sets ndots to {{ndots}}, above {{max}}.'
  },
  options: ruleOptions(
    {
      maxNdots: { type: "integer", minimum: 0, description: "The highest ndots value that passes." }
    },
    { maxNdots: 2 }
  ),
  peers: { kubeLinter: "dnsconfig-options" },
  peerDifferences: "kube-linter asks for exactly `ndots: 2` (its configurable default) in every workload; drydock accepts any value up to `maxNdots`, and skips Pods that do not use the cluster DNS (`dnsPolicy: Default` or `None`, or `hostNetwork` without `ClusterFirstWithHostNet`), since they do not get the cluster default of 5.",
  check({ resource, options, report }) {
    const pod = podSpecOf(resource);
    if (!pod || !usesClusterDns(pod.spec)) return;
    const name = resource.name;
    const dnsConfig = pod.spec.dnsConfig;
    const optionsPath = [...pod.path, "dnsConfig", "options"];
    const list = isObject(dnsConfig) && Array.isArray(dnsConfig.options) ? dnsConfig.options : [];
    const index = list.findIndex((entry2) => isObject(entry2) && entry2.name === "ndots");
    const entry = list[index];
    if (!isObject(entry)) {
      report({ messageId: "missing", path: isObject(dnsConfig) ? optionsPath : [...pod.path, "dnsConfig"], data: { name } });
      return;
    }
    const value = typeof entry.value === "string" || typeof entry.value === "number" ? Number(entry.value) : Number.NaN;
    if (Number.isInteger(value) && value > options.maxNdots) {
      report({ messageId: "tooHigh", path: [...optionsPath, index, "value"], data: { name, ndots: value, max: options.maxNdots } });
    }
  }
});
function usesClusterDns(spec) {
  const policy = spec.dnsPolicy ?? "ClusterFirst";
  if (policy === "ClusterFirstWithHostNet") return true;
  return policy === "ClusterFirst" && spec.hostNetwork !== true;
}

// rules/docker-socket-mount.ts
var docker_socket_mount_default = defineRule({
  id: "docker-socket-mount",
  summary: "Containers do not mount the container runtime socket of the node.",
  rationale: "Whoever can talk to the Docker, containerd or CRI-O socket can start a privileged container on the node, read every other container's files and secrets, and so owns the node.",
  fix: "Remove the `hostPath` volume of the socket. Build images with a daemonless builder (BuildKit rootless, kaniko, buildah) and read container metadata from the Kubernetes API instead.",
  category: "security",
  severity: "error",
  kinds: workloadKinds,
  preset: "recommended",
  messages: {
    socket: 'Volume "{{volume}}" mounts the container runtime socket "{{path}}" of the node.'
  },
  options: ruleOptions(
    {
      sockets: {
        type: "array",
        items: { type: "string" },
        description: "File names of runtime sockets; a hostPath whose last path segment is one of them is flagged."
      }
    },
    { sockets: ["docker.sock", "containerd.sock", "crio.sock", "cri-dockerd.sock", "podman.sock"] }
  ),
  peers: { kubeLinter: "docker-sock" },
  peerDifferences: "kube-linter only looks for `docker.sock`; drydock also knows the containerd, CRI-O, cri-dockerd and Podman sockets.",
  check({ resource, options, report }) {
    const pod = podSpecOf(resource);
    if (!pod || !Array.isArray(pod.spec.volumes)) return;
    const mounted = mountedVolumes(resource);
    pod.spec.volumes.forEach((volume, index) => {
      if (!isObject(volume) || !isObject(volume.hostPath) || typeof volume.hostPath.path !== "string") return;
      const hostPath = volume.hostPath.path;
      const fileName = trimTrailingSlashes(hostPath).split("/").pop() ?? "";
      if (!options.sockets.includes(fileName) || typeof volume.name !== "string" || !mounted.has(volume.name)) return;
      report({ messageId: "socket", path: [...pod.path, "volumes", index, "hostPath", "path"], data: { volume: volume.name, path: hostPath } });
    });
  }
});
function mountedVolumes(resource) {
  const names = /* @__PURE__ */ new Set();
  for (const container of containersOf(resource)) {
    if (!Array.isArray(container.spec.volumeMounts)) continue;
    for (const mount of container.spec.volumeMounts) if (isObject(mount) && typeof mount.name === "string") names.add(mount.name);
  }
  return names;
}

// rules/duplicate-env-var.ts
var duplicate_env_var_default = defineRule({
  id: "duplicate-env-var",
  summary: "A container defines each environment variable once.",
  rationale: "The API server accepts an `env` list that names a variable twice, and the container sees only the last definition. The earlier one is dead configuration that misleads readers, and a merge or patch that edits it has no effect.",
  fix: "Remove all but one definition of the variable, keeping the value the container should get.",
  category: "configuration",
  severity: "warning",
  kinds: workloadKinds,
  preset: "recommended",
  messages: {
    duplicate: 'Container "{{container}}" defines env var "{{name}}" again; the last definition wins.'
  },
  peers: { kubeLinter: "duplicate-env-var", kubeScore: "environment-variable-key-duplication" },
  check({ resource, report }) {
    for (const container of containersOf(resource)) {
      const env = container.spec.env;
      if (!Array.isArray(env)) continue;
      const seen = /* @__PURE__ */ new Set();
      env.forEach((entry, index) => {
        if (!isObject(entry) || typeof entry.name !== "string") return;
        if (seen.has(entry.name)) {
          report({ messageId: "duplicate", path: [...container.path, "env", index, "name"], data: { container: container.name, name: entry.name } });
        }
        seen.add(entry.name);
      });
    }
  }
});

// rules/env-ref-missing-secret-configmap.ts
var clusterProvided = ["kube-root-ca.crt"];
function generatedSecretNames(resources, namespace, defaultNamespace) {
  const names = /* @__PURE__ */ new Set();
  const add = (value) => {
    if (typeof value === "string") names.add(value);
  };
  for (const sealed of ofKindIn(resources, "SealedSecret", namespace, defaultNamespace)) add(valueAt(sealed.object, ["spec", "template", "metadata", "name"]) ?? sealed.name);
  for (const external of ofKindIn(resources, "ExternalSecret", namespace, defaultNamespace)) add(valueAt(external.object, ["spec", "target", "name"]) ?? external.name);
  for (const certificate of ofKindIn(resources, "Certificate", namespace, defaultNamespace)) add(valueAt(certificate.object, ["spec", "secretName"]));
  return names;
}
function hasKey(object, key) {
  return ["data", "stringData", "binaryData"].some((field) => isObject(object.object[field]) && Object.hasOwn(object.object[field], key));
}
var env_ref_missing_secret_configmap_default = defineRule({
  id: "env-ref-missing-secret-configmap",
  summary: "ConfigMaps and Secrets that a pod spec uses are in the input, with the keys it reads.",
  rationale: "A Pod that needs a missing ConfigMap or Secret (in `env`, `envFrom` or a volume) does not start: it stays in `CreateContainerConfigError` or `ContainerCreating`. The same happens when a `configMapKeyRef` or `secretKeyRef` names a key the object does not have.\n\ndrydock looks for the object in the workload's namespace of the input. Secrets created by a SealedSecret, an ExternalSecret or a cert-manager Certificate of the input count as present; references marked `optional: true`, the `kube-root-ca.crt` ConfigMap every namespace has, and names in `ignore` are skipped. Since Secrets are often created outside the manifests, a missing object is only reported when the input contains other objects of the workload's namespace; set `reportWhen: always` to report it anyway. A missing key is reported whenever the object is in the input.",
  fix: "Add the ConfigMap or Secret to the manifests (or correct the name or key), or mark the reference `optional: true` if the Pod can start without it.",
  category: "configuration",
  severity: "warning",
  kinds: workloadKinds,
  preset: "recommended",
  messages: {
    objectMissing: '{{kind}} "{{name}}" is not in namespace "{{namespace}}" of the input.',
    keyMissing: '{{kind}} "{{name}}" has no key "{{key}}".'
  },
  options: missingObjectOptionsWithIgnore(
    "When to report a missing object: `namespaceInInput` (the input contains other objects of the workload's namespace) or `always`.",
    "ConfigMap and Secret names to skip, such as Secrets created by an operator."
  ),
  peers: { kubeLinter: "env-value-from" },
  peerDifferences: "kube-linter checks `env[].valueFrom` only and reports whatever else the input holds; drydock also checks `envFrom` and volumes, counts generated Secrets as present, and reports a missing object only when the input contains other objects of the namespace (`reportWhen`).",
  check({ resource, resources, defaultNamespace, options, report }) {
    const refs = configReferencesOf(resource);
    if (refs.length === 0) return;
    const namespace = namespaceOf(resource, defaultNamespace);
    const judgeMissing = options.reportWhen === "always" || namespaceHasOtherObjects(resource, resources, namespace, defaultNamespace);
    let generated;
    for (const { kind, ref, path, nameField } of refs) {
      const name = ref[nameField];
      if (typeof name !== "string" || name === "" || ref.optional === true) continue;
      if (options.ignore.includes(name) || kind === "ConfigMap" && clusterProvided.includes(name)) continue;
      const object = findInNamespace(resources, kind, name, namespace, defaultNamespace);
      if (object) {
        const key = ref.key;
        if (typeof key === "string" && !hasKey(object, key) && !ofKindIn(resources, kind, namespace, defaultNamespace).some((other) => other.name === name && hasKey(other, key))) report({ messageId: "keyMissing", path: [...path, "key"], data: { kind, name, key } });
        continue;
      }
      if (!judgeMissing) continue;
      generated ??= generatedSecretNames(resources, namespace, defaultNamespace);
      if (kind === "Secret" && generated.has(name)) continue;
      report({ messageId: "objectMissing", path: [...path, nameField], data: { kind, name, namespace } });
    }
  }
});

// rules/ephemeral-storage-missing.ts
var ephemeral_storage_missing_default = defineRule({
  id: "ephemeral-storage-missing",
  summary: "Containers request and limit ephemeral storage.",
  rationale: "Logs, `emptyDir` volumes without a medium and the writable container layer all use the node's disk. Without an `ephemeral-storage` request the scheduler ignores that use, and without a limit one container can fill the disk until the kubelet evicts every Pod on the node.",
  fix: "Set `resources.requests.ephemeral-storage` to what the container normally writes and `resources.limits.ephemeral-storage` to the most it may write (for example `1Gi` and `2Gi`).",
  category: "resources",
  severity: "info",
  kinds: workloadKinds,
  preset: "all",
  messages: {
    missing: 'Container "{{container}}" sets neither an ephemeral-storage request nor an ephemeral-storage limit.',
    requestMissing: 'Container "{{container}}" does not request ephemeral-storage.',
    limitMissing: 'Container "{{container}}" has no ephemeral-storage limit.'
  },
  peers: { kubeScore: "container-ephemeral-storage-request-and-limit" },
  peerDifferences: "kube-score reports a missing request and a missing limit as two findings; drydock reports one finding per container that names what is missing, and treats a zero quantity as unset.",
  check({ resource, report }) {
    for (const container of containersOf(resource)) {
      if (container.kind === "ephemeral") continue;
      const request = resourceAmountOf(container, "requests", "ephemeral-storage");
      const limit = resourceAmountOf(container, "limits", "ephemeral-storage");
      const requestMissing = request.state === "missing" || request.state === "zero";
      const limitMissing = limit.state === "missing" || limit.state === "zero";
      const data = { container: container.name };
      if (requestMissing && limitMissing) report({ messageId: "missing", path: limit.path, data });
      else if (requestMissing) report({ messageId: "requestMissing", path: request.path, data });
      else if (limitMissing) report({ messageId: "limitMissing", path: limit.path, data });
    }
  }
});

// rules/ephemeral-storage-request-not-equal-limit.ts
var ephemeral_storage_request_not_equal_limit_default = defineRule({
  id: "ephemeral-storage-request-not-equal-limit",
  summary: "Ephemeral-storage requests equal ephemeral-storage limits.",
  rationale: "The scheduler places a Pod by its ephemeral-storage request, but the kubelet evicts it only when it writes past its limit. Between the two, a container uses node disk that nobody reserved for it; when several Pods on a node do, the disk fills up and the kubelet evicts Pods that had stayed within their requests too. Equal values make disk use predictable.",
  fix: "Set `resources.requests.ephemeral-storage` and `resources.limits.ephemeral-storage` to the same value (for example both `1Gi`), or omit the request: Kubernetes then defaults it to the limit.",
  category: "resources",
  severity: "info",
  kinds: workloadKinds,
  preset: "all",
  messages: {
    differs: 'Container "{{container}}" requests {{request}} of ephemeral-storage but is limited to {{limit}}.'
  },
  peers: { kubeScore: "container-ephemeral-storage-request-equals-limit" },
  peerDifferences: "Like kube-score, drydock only compares the two when both are set; a missing request or limit is `ephemeral-storage-missing`. drydock compares quantities, so `1Gi` and `1024Mi` are equal.",
  check: requestNotEqualLimitCheck("ephemeral-storage", false)
});

// rules/forbidden-annotation.ts
var forbidden_annotation_default = defineRule({
  id: "forbidden-annotation",
  summary: "Objects do not carry annotations the team forbids.",
  rationale: 'Some annotations should never reach a cluster: a `kubectl.kubernetes.io/last-applied-configuration` copied from a live object (it makes the manifest an export of the cluster rather than its source, and for a Secret repeats its data in clear text), an opt-out that bypasses a platform control (`sidecar.istio.io/inject: "false"`), or a value a controller will misread, such as an IAM role annotation that is not an ARN.\n\ndrydock reports each annotation of `metadata.annotations` that matches an entry of `annotations`: `key` forbids the annotation whatever its value, `key=regex` forbids values the regex matches in full, and `key!=regex` forbids the values it does not match (`eks.amazonaws.com/role-arn!=arn:aws:iam::\\d{12}:role/.+` forbids every value that is not a role ARN). Regexes have Go\'s RE2 syntax (no lookaround or backreferences) and run in linear time. A trailing `*` in a key matches a prefix, and a regex RE2 cannot compile is compared as literal text. With `podTemplates` (the default), the pod templates of workloads are checked too, since their annotations reach every Pod. By default only `kubectl.kubernetes.io/last-applied-configuration` is forbidden.',
  fix: "Remove the annotation, or change its value so that it no longer matches the forbidden pattern. For `last-applied-configuration`, keep the manifest you applied, not the object read back from the cluster.",
  category: "configuration",
  severity: "warning",
  kinds: metadataPolicyKinds,
  preset: "all",
  messages: {
    forbidden: '{{kind}} "{{name}}" carries the forbidden annotation "{{annotation}}".',
    forbiddenValue: '{{kind}} "{{name}}" sets annotation "{{annotation}}" to a forbidden value (one matching "{{pattern}}").',
    valueNotAllowed: '{{kind}} "{{name}}" sets annotation "{{annotation}}" to a forbidden value (one not matching "{{pattern}}").'
  },
  options: ruleOptions(
    {
      annotations: {
        type: "array",
        items: { type: "string", minLength: 1 },
        description: "The forbidden annotations: `key` (any value), or `key=regex` to forbid the values the regex matches in full, or `key!=regex` those it does not match (Go RE2 syntax); a trailing `*` in the key matches a prefix."
      },
      kinds: {
        type: "array",
        items: { enum: [...metadataPolicyKinds] },
        description: "The kinds of objects to check."
      },
      podTemplates: {
        type: "boolean",
        description: "Also check the annotations of workloads' pod templates."
      }
    },
    {
      annotations: ["kubectl.kubernetes.io/last-applied-configuration"],
      kinds: [...metadataPolicyKinds],
      podTemplates: true
    }
  ),
  peers: { kubeLinter: "forbidden-annotation" },
  peerDifferences: "kube-linter has no built-in check, only a `forbidden-annotation` template that teams configure with one key and value pattern per check (Go syntax, matched anywhere in the value); drydock takes a list, anchors each regex to the whole value, checks pod templates too, and forbids `last-applied-configuration` by default.",
  check({ resource, options, report }) {
    if (options.annotations.length === 0 || !options.kinds.includes(resource.kind)) return;
    const patterns = options.annotations.map(parseMetadataPattern);
    const places = [["metadata", "annotations"]];
    const template = podTemplatePath(resource.kind);
    if (options.podTemplates && template !== void 0 && template.length > 0) places.push([...template, "metadata", "annotations"]);
    for (const place of places) {
      const annotations = valueAt(resource.object, place);
      if (!isObject(annotations)) continue;
      for (const [key, value] of Object.entries(annotations)) {
        const pattern = patterns.find((p) => nameMatchesAny(key, [p.key]) && metadataValueMatches(p, value));
        if (!pattern) continue;
        const data = { kind: resource.kind, name: resource.name, annotation: key };
        if (pattern.value) report({ messageId: pattern.negated ? "valueNotAllowed" : "forbiddenValue", path: [...place, key], data: { ...data, pattern: pattern.valueText ?? "" } });
        else report({ messageId: "forbidden", path: [...place, key], target: "key", data });
      }
    }
  }
});

// rules/host-ipc.ts
var host_ipc_default = defineRule({
  id: "host-ipc",
  summary: "Pods do not share the host IPC namespace.",
  rationale: "With `hostIPC` the containers see the shared memory segments, semaphores and message queues of every process on the node, so they can read or tamper with the data other workloads exchange there.",
  fix: "Remove `hostIPC: true` from the pod spec; pods that must share memory can share it between their own containers through an `emptyDir` volume with `medium: Memory`.",
  category: "security",
  severity: "warning",
  kinds: workloadKinds,
  preset: "recommended",
  messages: {
    shared: "The pod sets hostIPC: true and shares the host IPC namespace."
  },
  peers: { kubeLinter: "host-ipc", polaris: "hostIPCSet" },
  check({ resource, report }) {
    const pod = podSpecOf(resource);
    if (pod?.spec.hostIPC === true) report({ messageId: "shared", path: [...pod.path, "hostIPC"] });
  }
});

// rules/host-network.ts
var host_network_default = defineRule({
  id: "host-network",
  summary: "Pods do not share the host network namespace.",
  rationale: "With `hostNetwork` the pod uses the node's network stack: it can listen on any node port, reach services bound to the node's loopback, sniff node traffic with enough privileges, and bypasses NetworkPolicies.",
  fix: "Remove `hostNetwork: true` from the pod spec and expose the pod through a Service; keep it only for node agents (CNI plugins, node exporters) that truly need the node's network.",
  category: "security",
  severity: "warning",
  kinds: workloadKinds,
  preset: "recommended",
  messages: {
    shared: "The pod sets hostNetwork: true and shares the host network namespace."
  },
  peers: { kubeLinter: "host-network", polaris: "hostNetworkSet" },
  check({ resource, report }) {
    const pod = podSpecOf(resource);
    if (pod?.spec.hostNetwork === true) report({ messageId: "shared", path: [...pod.path, "hostNetwork"] });
  }
});

// rules/host-path-volume.ts
var host_path_volume_default = defineRule({
  id: "host-path-volume",
  summary: "Pods do not mount directories or files of the node with hostPath volumes.",
  rationale: "A `hostPath` volume gives the container the node's own files: it can read other pods' data and credentials, and a writable mount of the wrong directory is a way out of the container. It also ties the pod to what one node happens to have on disk.",
  fix: "Use a PersistentVolumeClaim, `emptyDir`, ConfigMap or Secret volume instead; keep `hostPath` only for node agents that must read the node, mounted `readOnly`, and list those paths in the `allowedPaths` option.",
  category: "security",
  severity: "warning",
  kinds: workloadKinds,
  preset: "strict",
  messages: {
    hostPath: 'Volume "{{volume}}" mounts the host path "{{path}}".'
  },
  options: ruleOptions(
    {
      allowedPaths: {
        type: "array",
        items: { type: "string" },
        description: "Host paths that may be mounted, each with everything below it (for example `/var/log` for a log shipper)."
      }
    },
    { allowedPaths: [] }
  ),
  peers: { polaris: "hostPathSet" },
  check({ resource, options, report }) {
    const pod = podSpecOf(resource);
    if (!pod || !Array.isArray(pod.spec.volumes)) return;
    pod.spec.volumes.forEach((volume, index) => {
      if (!isObject(volume) || !isObject(volume.hostPath)) return;
      const hostPath = typeof volume.hostPath.path === "string" ? volume.hostPath.path : "";
      if (options.allowedPaths.some((allowed) => isPathUnder(hostPath, allowed))) return;
      report({
        messageId: "hostPath",
        path: [...pod.path, "volumes", index, "hostPath"],
        data: { volume: typeof volume.name === "string" ? volume.name : "", path: hostPath }
      });
    });
  }
});

// rules/host-pid.ts
var host_pid_default = defineRule({
  id: "host-pid",
  summary: "Pods do not share the host PID namespace.",
  rationale: "With `hostPID` the containers see every process on the node, can read their environment and command lines (which often hold secrets) and, with enough privileges, signal or trace them.",
  fix: "Remove `hostPID: true` from the pod spec; to let containers of one pod see each other's processes, use `shareProcessNamespace: true` instead.",
  category: "security",
  severity: "warning",
  kinds: workloadKinds,
  preset: "recommended",
  messages: {
    shared: "The pod sets hostPID: true and shares the host PID namespace."
  },
  peers: { kubeLinter: "host-pid", polaris: "hostPIDSet" },
  check({ resource, report }) {
    const pod = podSpecOf(resource);
    if (pod?.spec.hostPID === true) report({ messageId: "shared", path: [...pod.path, "hostPID"] });
  }
});

// rules/host-port.ts
var host_port_default = defineRule({
  id: "host-port",
  summary: "Containers do not bind ports on the node with hostPort.",
  rationale: "A `hostPort` opens the port on the node itself, outside Services and often outside NetworkPolicies, and limits scheduling to one such pod per node and port: replicas stay Pending once every node has one.",
  fix: "Remove `hostPort` and expose the container through a Service (a `NodePort` or `LoadBalancer` one when it must be reachable from outside the cluster).",
  category: "security",
  severity: "warning",
  kinds: workloadKinds,
  preset: "recommended",
  messages: {
    hostPort: 'Container "{{container}}" binds host port {{port}}.'
  },
  peers: { polaris: "hostPortSet" },
  check({ resource, report }) {
    for (const container of containersOf(resource)) {
      if (container.kind === "ephemeral" || !Array.isArray(container.spec.ports)) continue;
      container.spec.ports.forEach((port, index) => {
        if (!isObject(port) || typeof port.hostPort !== "number" || port.hostPort === 0) return;
        report({ messageId: "hostPort", path: [...container.path, "ports", index, "hostPort"], data: { container: container.name, port: port.hostPort } });
      });
    }
  }
});

// rules/hpa-max-not-above-min.ts
var hpa_max_not_above_min_default = defineRule({
  id: "hpa-max-not-above-min",
  summary: "A HorizontalPodAutoscaler's maxReplicas is above its minReplicas.",
  rationale: "An HPA whose `maxReplicas` equals `minReplicas` can never scale: it pins the workload at one size while looking like autoscaling is in place. A `maxReplicas` below `minReplicas` is worse: the API server rejects the HPA.",
  fix: "Raise `spec.maxReplicas` above `spec.minReplicas`, or remove the HPA and set the Deployment's `replicas` if a fixed size is intended.",
  category: "reliability",
  severity: "warning",
  kinds: ["HorizontalPodAutoscaler"],
  preset: "recommended",
  messages: {
    equal: 'HorizontalPodAutoscaler "{{hpa}}" has maxReplicas equal to its minReplicas ({{max}}), so it can never scale.',
    belowMin: 'HorizontalPodAutoscaler "{{hpa}}" has maxReplicas {{max}}, below its minReplicas {{min}}, which the API server rejects.'
  },
  peers: { polaris: "hpaMaxAvailability" },
  peerDifferences: "Polaris only compares the two when `minReplicas` is set; drydock also reports `maxReplicas: 1` with `minReplicas` unset (which means 1).",
  check({ resource, report }) {
    const max = valueAt(resource.object, ["spec", "maxReplicas"]);
    const rawMin = valueAt(resource.object, ["spec", "minReplicas"]);
    const min = rawMin === void 0 || rawMin === null ? 1 : rawMin;
    if (typeof max !== "number" || typeof min !== "number") return;
    if (max === min) report({ messageId: "equal", path: ["spec", "maxReplicas"], data: { hpa: resource.name, max } });
    else if (max < min) report({ messageId: "belowMin", path: ["spec", "maxReplicas"], data: { hpa: resource.name, max, min } });
  }
});

// rules/hpa-min-replicas-low.ts
var hpa_min_replicas_low_default = defineRule({
  id: "hpa-min-replicas-low",
  summary: "A HorizontalPodAutoscaler keeps at least two replicas.",
  rationale: "An HPA may scale its workload down to `minReplicas`. With a single replica, a node drain, an eviction or a crash takes the whole service down until a new Pod is ready, and there is no second Pod to absorb a spike while the HPA reacts.\n\ndrydock reports a `minReplicas` below the `minReplicas` option (2 by default). An unset `minReplicas` (which the API defaults to 1) is only reported when `reportUnset` is on.",
  fix: "Set `spec.minReplicas` to 2 or more.",
  category: "reliability",
  severity: "warning",
  kinds: ["HorizontalPodAutoscaler"],
  preset: "recommended",
  messages: {
    tooLow: 'HorizontalPodAutoscaler "{{hpa}}" may scale down to {{replicas}} replica(s), fewer than {{minimum}}.'
  },
  options: ruleOptions(
    {
      minReplicas: { type: "integer", minimum: 1, description: "The lowest acceptable `minReplicas`." },
      reportUnset: { type: "boolean", description: "Also report an HPA that leaves `minReplicas` unset (which means 1)." }
    },
    { minReplicas: 2, reportUnset: false }
  ),
  peers: { kubeLinter: "hpa-minimum-three-replicas", kubeScore: "horizontalpodautoscaler-replicas", polaris: "hpaMinAvailability" },
  peerDifferences: "kube-linter's opt-in check asks for at least 3 and reports an unset `minReplicas`; drydock, like kube-score and Polaris, asks for 2 and accepts an unset value by default (`minReplicas`, `reportUnset`).",
  check({ resource, options, report }) {
    const value = valueAt(resource.object, ["spec", "minReplicas"]);
    if (value === void 0 || value === null) {
      if (options.reportUnset && options.minReplicas > 1) {
        report({ messageId: "tooLow", path: ["spec", "minReplicas"], data: { hpa: resource.name, replicas: 1, minimum: options.minReplicas } });
      }
      return;
    }
    if (typeof value === "number" && value < options.minReplicas) {
      report({ messageId: "tooLow", path: ["spec", "minReplicas"], data: { hpa: resource.name, replicas: value, minimum: options.minReplicas } });
    }
  }
});

// rules/hpa-target-has-replicas.ts
var hpa_target_has_replicas_default = defineRule({
  id: "hpa-target-has-replicas",
  summary: "A workload scaled by a HorizontalPodAutoscaler leaves spec.replicas unset.",
  rationale: "When an HPA scales a Deployment, the HPA owns the replica count. A `spec.replicas` in the manifest resets it on every `kubectl apply` or GitOps sync: the workload jumps back to that count (often scaling down under load) until the HPA corrects it again.\n\ndrydock reports a Deployment, StatefulSet or ReplicaSet that sets `spec.replicas` when an HPA of the input, in the same namespace, targets it.",
  fix: "Remove `spec.replicas` from the workload and let the HPA's `minReplicas` set the starting size.",
  category: "reliability",
  severity: "warning",
  kinds: ["Deployment", "StatefulSet", "ReplicaSet"],
  preset: "recommended",
  messages: {
    hasReplicas: '{{kind}} "{{name}}" sets spec.replicas although HorizontalPodAutoscaler "{{hpa}}" scales it.'
  },
  peers: { kubeScore: "deployment-targeted-by-hpa-does-not-have-replicas-configured" },
  peerDifferences: "kube-score only checks Deployments; drydock also checks StatefulSets and ReplicaSets, which an HPA scales the same way.",
  check({ resource, resources, defaultNamespace, report }) {
    const spec = resource.object.spec;
    if (!isObject(spec) || spec.replicas === void 0 || spec.replicas === null) return;
    const [hpa] = hpasTargeting(resource, resources, defaultNamespace);
    if (hpa) report({ messageId: "hasReplicas", path: ["spec", "replicas"], target: "key", data: { kind: resource.kind, name: resource.name, hpa: hpa.name } });
  }
});

// rules/hpa-target-missing.ts
var hpa_target_missing_default = defineRule({
  id: "hpa-target-missing",
  summary: "A HorizontalPodAutoscaler scales an object of the input.",
  rationale: "An HPA whose `scaleTargetRef` names nothing scales nothing: the workload it was meant for runs at its fixed replica count, and the HPA reports `FailedGetScale`. A renamed Deployment or a wrong `kind` is the usual cause.\n\ndrydock looks for an object of the target's `kind` and `name` (and API group, when `apiVersion` is given) in the HPA's namespace. It only reports when the input contains other objects of that namespace, so an HPA linted on its own stays quiet; set `reportWhen: always` to report it anyway.",
  fix: "Correct `spec.scaleTargetRef` (`apiVersion`, `kind`, `name`) to name the workload to scale, or add that workload to the manifests.",
  category: "reliability",
  severity: "warning",
  kinds: ["HorizontalPodAutoscaler"],
  preset: "recommended",
  messages: {
    targetMissing: 'HorizontalPodAutoscaler "{{hpa}}" scales {{kind}} "{{name}}", which is not in namespace "{{namespace}}" of the input.'
  },
  options: missingObjectOptions("When to report: `namespaceInInput` (the input contains other objects of the HPA's namespace) or `always`."),
  peers: { kubeLinter: "dangling-horizontalpodautoscaler", kubeScore: "horizontalpodautoscaler-has-target" },
  peerDifferences: "Both peers report a missing target whatever else the input holds; drydock only does when the input contains other objects of the HPA's namespace (`reportWhen`).",
  check({ resource, resources, defaultNamespace, options, report }) {
    const ref = valueAt(resource.object, ["spec", "scaleTargetRef"]);
    if (!isObject(ref) || typeof ref.kind !== "string" || typeof ref.name !== "string" || ref.name === "") return;
    const namespace = namespaceOf(resource, defaultNamespace);
    if (options.reportWhen !== "always" && !namespaceHasOtherObjects(resource, resources, namespace, defaultNamespace)) return;
    if (resources.ofKind(ref.kind).some((target) => hpaTargets(resource, target, defaultNamespace))) return;
    report({ messageId: "targetMissing", path: ["spec", "scaleTargetRef", "name"], data: { hpa: resource.name, kind: ref.kind, name: ref.name, namespace } });
  }
});

// rules/image-pull-policy-not-always.ts
var image_pull_policy_not_always_default = defineRule({
  id: "image-pull-policy-not-always",
  summary: "Containers pull their image every time they start.",
  rationale: "With `IfNotPresent` or `Never`, a node reuses any image it already has under that name: a re-pushed tag is not picked up, and a Pod can start from a private image that another Pod pulled with credentials this Pod does not have. `Always` only costs a manifest check against the registry when the image is cached.",
  fix: "Set `imagePullPolicy: Always`. When the field is unset, the API server defaults it to `Always` only for images without a tag or tagged `latest`, so set it explicitly for every other image.",
  category: "configuration",
  severity: "info",
  kinds: workloadKinds,
  preset: "all",
  messages: {
    notAlways: 'Container "{{container}}" sets imagePullPolicy {{policy}} rather than Always.',
    defaulted: 'Container "{{container}}" sets no imagePullPolicy, so image "{{image}}" defaults to IfNotPresent.'
  },
  peers: { kubeScore: "container-image-pull-policy", polaris: "pullPolicyNotAlways" },
  peerDifferences: "Like kube-score, drydock applies the API server's defaulting: an unset policy on an image without a tag or tagged `latest` becomes `Always` and passes. Polaris flags every unset policy.",
  check({ resource, report }) {
    for (const container of containersOf(resource)) {
      if (container.kind === "ephemeral") continue;
      const policy = container.spec.imagePullPolicy;
      const path = [...container.path, "imagePullPolicy"];
      if (policy === "Always") continue;
      if (typeof policy === "string") {
        report({ messageId: "notAlways", path, data: { container: container.name, policy } });
        continue;
      }
      if (policy !== void 0 && policy !== null) continue;
      const image = container.spec.image;
      if (typeof image !== "string" || image.trim() === "") continue;
      const reference = parseImageReference(image.trim());
      if (!reference.digest && (!reference.tag || reference.tag === "latest")) continue;
      report({ messageId: "defaulted", path, data: { container: container.name, image } });
    }
  }
});

// rules/ingress-backend-service-missing.ts
var ingress_backend_service_missing_default = defineRule({
  id: "ingress-backend-service-missing",
  summary: "Every Ingress backend names a Service of the input and a port that Service has.",
  rationale: "An Ingress backend that names a missing Service, or a port the Service does not define, answers with errors (typically 503) for every request it routes.\n\ndrydock checks the default backend and every path backend against the Services of the same namespace in the input: the Service must exist and, for `networking.k8s.io/v1`, have a port with that `number` or `name` (for `v1beta1`, that `servicePort`). Backends that point at a `resource` (not a Service) are skipped. A Service that is missing is only reported when the input contains other objects of the Ingress's namespace, so an Ingress linted on its own stays quiet; set `reportWhen: always` to report it anyway. A `networking.k8s.io/v1` backend that names neither a `service` nor a `resource` (often the `serviceName` fields of the old API) is always reported.",
  fix: "Correct the Service name or port in the backend, or add the Service to the manifests (in the Ingress's namespace).",
  category: "networking",
  severity: "warning",
  kinds: ["Ingress"],
  preset: "recommended",
  messages: {
    serviceMissing: 'Ingress backend names Service "{{service}}", which is not in namespace "{{namespace}}" of the input.',
    portMissing: 'Ingress backend names port {{port}} of Service "{{service}}", which the Service does not define.',
    noService: "Ingress backend names neither a service nor a resource."
  },
  options: missingObjectOptions("When to report a missing Service: `namespaceInInput` (the input contains other objects of the Ingress's namespace) or `always`."),
  peers: { kubeLinter: "dangling-ingress", kubeScore: "ingress-targets-service" },
  peerDifferences: "Both peers report a missing Service whatever else the input holds; drydock only does when the input contains other objects of the Ingress's namespace (`reportWhen`).",
  check({ resource, resources, defaultNamespace, options, report }) {
    const spec = resource.object.spec;
    if (!isObject(spec)) return;
    const isV1 = splitApiVersion(resource.apiVersion).version === "v1";
    const backends = [];
    if (isV1) backends.push({ backend: spec.defaultBackend, path: ["spec", "defaultBackend"] });
    else backends.push({ backend: spec.backend, path: ["spec", "backend"] });
    if (Array.isArray(spec.rules)) {
      spec.rules.forEach((rule, i) => {
        const paths = isObject(rule) && isObject(rule.http) ? rule.http.paths : void 0;
        if (!Array.isArray(paths)) return;
        paths.forEach((entry, j) => {
          if (isObject(entry)) backends.push({ backend: entry.backend, path: ["spec", "rules", i, "http", "paths", j, "backend"] });
        });
      });
    }
    const namespace = namespaceOf(resource, defaultNamespace);
    const services = ofKindIn(resources, "Service", namespace, defaultNamespace);
    const judgeMissing = options.reportWhen === "always" || namespaceHasOtherObjects(resource, resources, namespace, defaultNamespace);
    for (const { backend, path } of backends) {
      if (!isObject(backend) || backend.resource !== void 0) continue;
      const ref = isV1 ? v1Ref(backend, path) : v1beta1Ref(backend, path);
      if (!ref) {
        if (isV1) report({ messageId: "noService", path });
        continue;
      }
      if (typeof ref.name !== "string" || ref.name === "") continue;
      const service = services.find((s) => s.name === ref.name);
      if (!service) {
        if (judgeMissing) report({ messageId: "serviceMissing", path: ref.namePath, data: { service: ref.name, namespace } });
        continue;
      }
      const ports = isObject(service.object.spec) && Array.isArray(service.object.spec.ports) ? service.object.spec.ports : [];
      const matches = (port) => isObject(port) && (typeof ref.port === "number" ? port.port === ref.port : port.name === ref.port);
      if ((typeof ref.port === "number" || typeof ref.port === "string" && ref.port !== "") && !ports.some(matches)) {
        const shown = typeof ref.port === "number" ? String(ref.port) : `"${ref.port}"`;
        report({ messageId: "portMissing", path: ref.portPath, data: { port: shown, service: ref.name } });
      }
    }
  }
});
function v1Ref(backend, path) {
  const service = backend.service;
  if (!isObject(service)) return void 0;
  const port = isObject(service.port) ? service.port : {};
  const field = port.number !== void 0 ? "number" : "name";
  return { name: service.name, namePath: [...path, "service", "name"], port: port[field], portPath: [...path, "service", "port", field] };
}
function v1beta1Ref(backend, path) {
  if (backend.serviceName === void 0) return void 0;
  return { name: backend.serviceName, namePath: [...path, "serviceName"], port: backend.servicePort, portPath: [...path, "servicePort"] };
}

// rules/ingress-tls-missing.ts
var ingress_tls_missing_default = defineRule({
  id: "ingress-tls-missing",
  summary: "Ingresses terminate TLS for their hosts.",
  rationale: "An Ingress without a `tls` section serves its hosts over plain HTTP, so credentials and session cookies cross the network readable by anyone on the path.",
  fix: "Add `spec.tls` with the hosts and the Secret holding their certificate (cert-manager can issue it), or terminate TLS in front of the ingress controller and say so with a suppression.",
  category: "networking",
  severity: "warning",
  kinds: ["Ingress"],
  preset: "strict",
  messages: {
    missing: 'Ingress "{{name}}" has no TLS section, so it serves plain HTTP.'
  },
  peers: { polaris: "tlsSettingsMissing" },
  check({ resource, report }) {
    const spec = resource.object.spec;
    if (!isObject(spec)) return;
    const tls = spec.tls;
    if (tls === void 0 || tls === null || Array.isArray(tls) && tls.length === 0) {
      report({ messageId: "missing", path: ["spec", "tls"], data: { name: resource.name } });
    }
  }
});

// rules/job-ttl-missing.ts
var job_ttl_missing_default = defineRule({
  id: "job-ttl-missing",
  summary: "Standalone Jobs set ttlSecondsAfterFinished, and CronJobs leave cleanup to their history limits.",
  rationale: "A finished Job and its Pods stay in the cluster until someone deletes them; `ttlSecondsAfterFinished` lets the TTL controller remove them. A CronJob already keeps only `successfulJobsHistoryLimit` and `failedJobsHistoryLimit` Jobs, and a TTL on its Jobs fights those limits and deletes the history you keep for debugging.",
  fix: "Set `spec.ttlSecondsAfterFinished` on standalone Jobs (for example `86400`); remove it from a CronJob's `jobTemplate` and use the history limits instead.",
  category: "configuration",
  severity: "warning",
  kinds: jobKinds,
  preset: "strict",
  messages: {
    missing: 'Job "{{name}}" has no ttlSecondsAfterFinished, so it is never cleaned up.',
    cronJobTtl: 'CronJob "{{name}}" sets ttlSecondsAfterFinished on its Jobs, which conflicts with its history limits.'
  },
  peers: { kubeLinter: "job-ttl-seconds-after-finished" },
  check({ resource, report }) {
    const data = { name: resource.name };
    if (resource.kind === "Job") {
      const owners = valueAt(resource.object, ["metadata", "ownerReferences"]);
      const isOwned = Array.isArray(owners) && owners.some((o) => isObject(o) && o.kind === "CronJob");
      if (!isOwned && isObject(resource.object.spec) && resource.object.spec.ttlSecondsAfterFinished === void 0) {
        report({ messageId: "missing", path: ["spec", "ttlSecondsAfterFinished"], data });
      }
      return;
    }
    const path = ["spec", "jobTemplate", "spec", "ttlSecondsAfterFinished"];
    if (valueAt(resource.object, path) !== void 0) report({ messageId: "cronJobTtl", path, target: "key", data });
  }
});

// rules/latest-tag.ts
var latest_tag_default = defineRule({
  id: "latest-tag",
  summary: "Container images are pinned to a tag other than `latest`, or to a digest.",
  rationale: "An image without a tag means `:latest`, and `latest` moves: two Pods of the same Deployment can run different code, a rollback redeploys whatever `latest` is today, and nothing in the manifest records what actually runs.",
  fix: "Reference the image by a version tag (`example/app:1.4.2`) or, better, by digest (`example/app@sha256:\u2026`), and change it on every release.",
  category: "configuration",
  severity: "warning",
  kinds: workloadKinds,
  preset: "recommended",
  messages: {
    noTag: 'Container "{{container}}" uses image "{{image}}" without a tag, which means latest.',
    latest: 'Container "{{container}}" uses image "{{image}}" with the latest tag.'
  },
  peers: { kubeLinter: "latest-tag", kubeScore: "container-image-tag", polaris: "tagNotSpecified" },
  peerDifferences: "An image pinned by digest passes even without a tag (or with `:latest` before the digest), since the digest fixes its content; so does a `ko://` import path, which `ko resolve` replaces with a digest-pinned image before anything is applied.",
  check({ resource, report }) {
    for (const container of containersOf(resource)) {
      if (container.kind === "ephemeral") continue;
      const image = container.spec.image;
      if (typeof image !== "string" || image.trim() === "") continue;
      if (image.trim().startsWith("ko://")) continue;
      const reference = parseImageReference(image.trim());
      if (reference.digest) continue;
      const data = { container: container.name, image };
      if (!reference.tag) report({ messageId: "noTag", path: [...container.path, "image"], data });
      else if (reference.tag === "latest") report({ messageId: "latest", path: [...container.path, "image"], data });
    }
  }
});

// rules/linux-hardening-missing.ts
var confiningTypes = ["RuntimeDefault", "Localhost"];
var appArmorAnnotationPrefix = "container.apparmor.security.beta.kubernetes.io/";
var seccompPodAnnotations = ["seccomp.security.alpha.kubernetes.io/pod", "seccomp.security.alpha.kubernetes.io/defaultProfileName"];
var seccompContainerAnnotationPrefix = "container.seccomp.security.alpha.kubernetes.io/";
var linux_hardening_missing_default = defineRule({
  id: "linux-hardening-missing",
  summary: "Every container has at least one Linux hardening: a seccomp or AppArmor profile, SELinux options, or dropping ALL capabilities.",
  rationale: "A container with none of these runs with everything the runtime allows: every system call, no mandatory access control, and the default capabilities. Any one of them takes away much of what an attacker who gets into the container could use against the kernel or the node. This rule asks for the minimum; `seccomp-profile-missing` and `capabilities-not-dropped` ask for each one separately.",
  fix: "The simplest is `securityContext.seccompProfile: {type: RuntimeDefault}` in the pod spec, which every container inherits. Dropping capabilities (`capabilities: {drop: [ALL]}` on each container), an `appArmorProfile` or `seLinuxOptions` also satisfy the rule.",
  category: "security",
  severity: "warning",
  kinds: workloadKinds,
  preset: "strict",
  messages: {
    podMissing: 'No container of "{{name}}" has a seccomp, AppArmor or SELinux profile or drops ALL capabilities.',
    containerMissing: 'Container "{{container}}" has no seccomp, AppArmor or SELinux profile and does not drop ALL capabilities.'
  },
  peers: { polaris: "linuxHardening" },
  peerDifferences: "Like Polaris, a profile of type `Unconfined`, an empty `seLinuxOptions` and dropping `ALL` while adding `ALL` back do not count. drydock also accepts the `appArmorProfile` field and the legacy seccomp annotations, skips Pods with `os.name: windows`, and reports once for the pod when no container is hardened.",
  check({ resource, report }) {
    const pod = podSpecOf(resource);
    if (!pod || isObject(pod.spec.os) && pod.spec.os.name === "windows") return;
    const annotations = valueAt(resource.object, [...podTemplatePath(resource.kind) ?? [], "metadata", "annotations"]);
    const annotated = (key) => isObject(annotations) && typeof annotations[key] === "string" && annotations[key] !== "" && annotations[key] !== "unconfined";
    const podSeccomp = seccompPodAnnotations.some(annotated);
    const containers = containersOf(resource).filter((c) => c.kind !== "ephemeral");
    const missing = containers.filter((container) => {
      if (podSeccomp || annotated(seccompContainerAnnotationPrefix + container.name) || annotated(appArmorAnnotationPrefix + container.name)) return false;
      return !isHardened(pod, container);
    });
    if (missing.length === 0) return;
    if (missing.length === containers.length) {
      report({ messageId: "podMissing", path: [...pod.path, "securityContext"], data: { name: resource.name } });
      return;
    }
    for (const container of missing) {
      report({ messageId: "containerMissing", path: [...container.path, "securityContext"], data: { container: container.name } });
    }
  }
});
function isHardened(pod, container) {
  const context = effectiveSecurityContext(pod, container);
  const confines = (field) => {
    const profile = context.value(field);
    return isObject(profile) && typeof profile.type === "string" && confiningTypes.includes(profile.type);
  };
  if (confines("seccompProfile") || confines("appArmorProfile")) return true;
  const seLinux = context.value("seLinuxOptions");
  if (isObject(seLinux) && Object.values(seLinux).some((value) => typeof value === "string" && value !== "")) return true;
  const dropsAll = capabilitiesOf(container, "drop").some((entry) => entry.name === "ALL");
  return dropsAll && !capabilitiesOf(container, "add").some((entry) => entry.name === "ALL");
}

// rules/liveness-probe-missing.ts
var liveness_probe_missing_default = defineRule({
  id: "liveness-probe-missing",
  summary: "Long-running containers declare a livenessProbe.",
  rationale: "Without a liveness probe, the kubelet restarts a container only when its process exits. A deadlocked or wedged process keeps running, stays in the Service (if its readiness probe still passes) or silently stops doing its work, until someone notices.",
  fix: "Add a `livenessProbe` that fails only when the process cannot recover by itself (a cheap HTTP endpoint, a TCP socket or a gRPC health check), with thresholds more lenient than the readiness probe's so a busy container is not restarted.",
  category: "reliability",
  severity: "warning",
  kinds: longRunningKinds,
  preset: "strict",
  messages: {
    missing: 'Container "{{container}}" has no livenessProbe.'
  },
  options: ignoreContainersOption,
  peers: { kubeLinter: "no-liveness-probe", kubeScore: "pod-probes", polaris: "livenessProbeMissing" },
  peerDifferences: "kube-score only asks for a liveness probe in Service-selected Pods that have a readiness probe, and grades its absence as a minor issue; drydock, like kube-linter and Polaris, asks it of every regular container of a long-running workload. The peers leave out Jobs and CronJobs, which run to completion; drydock also leaves out a bare Pod with `restartPolicy: Never` or `OnFailure`, which does too (as readiness-probe-missing does).",
  check: probeMissingCheck("livenessProbe")
});

// rules/liveness-probe-port-not-exposed.ts
var liveness_probe_port_not_exposed_default = defineRule({
  id: "liveness-probe-port-not-exposed",
  summary: "A livenessProbe targets a TCP port its container declares.",
  rationale: "A named probe port is resolved against the container's own `ports`: when no TCP port has that name the probe can never succeed and the kubelet restarts the container after the failure threshold, over and over. A number that is not among the declared ports usually means the probe and the server drifted apart, and the port list, which tools and readers rely on, is wrong.",
  fix: "Point `livenessProbe` at a port listed in the container's `ports` (by name or number), or add the port the server really listens on to `ports` with protocol TCP.",
  category: "reliability",
  severity: "warning",
  kinds: workloadKinds,
  preset: "recommended",
  messages: probePortMessages("livenessProbe"),
  peers: { kubeLinter: "liveness-port" },
  peerDifferences: "kube-linter looks at regular containers only; drydock also checks restartable init containers (sidecars), the only init containers that may have probes. A numbered port of a `hostNetwork` Pod needs no declaration (the process listens on the node), so drydock does not flag it.",
  check: probePortCheck("livenessProbe")
});

// rules/memory-limit-missing.ts
var memory_limit_missing_default = defineRule({
  id: "memory-limit-missing",
  summary: "Containers set a memory limit.",
  rationale: "Memory cannot be throttled: a container without a memory limit can grow until the node runs out, and then the kernel's OOM killer or the kubelet's evictions hit other Pods on the node too. With a limit, only the leaking container is restarted.",
  fix: "Set `resources.limits.memory` a margin above the container's peak usage (for example equal to or somewhat above `requests.memory`).",
  category: "resources",
  severity: "warning",
  kinds: workloadKinds,
  preset: "recommended",
  messages: {
    missing: 'Container "{{container}}" has no memory limit.',
    zero: 'Container "{{container}}" has a zero memory limit.'
  },
  options: ignoreInitContainersOption,
  peers: { kubeLinter: "unset-memory-requirements", kubeScore: "container-resources", polaris: "memoryLimitsMissing" },
  peerDifferences: "Like kube-linter and kube-score, drydock checks init containers too (Polaris skips them; set `ignoreInitContainers` to match it), and like kube-linter it treats a zero quantity as unset.",
  check: unsetAmountCheck("limits", "memory")
});

// rules/memory-request-missing.ts
var memory_request_missing_default = defineRule({
  id: "memory-request-missing",
  summary: "Containers request memory.",
  rationale: "The scheduler places Pods by their requests. A container without a memory request counts as needing none, so it can land on a node that has no room for it, and under memory pressure the kubelet evicts Pods that use more than they request first.",
  fix: "Set `resources.requests.memory` to the container's usual working set (for example `256Mi`), measured from its metrics.",
  category: "resources",
  severity: "warning",
  kinds: workloadKinds,
  preset: "recommended",
  messages: {
    missing: 'Container "{{container}}" does not request memory.',
    zero: 'Container "{{container}}" requests zero memory.'
  },
  options: ignoreInitContainersOption,
  peers: { kubeScore: "container-resources", polaris: "memoryRequestsMissing" },
  peerDifferences: "Like kube-linter and kube-score, drydock checks init containers too (Polaris skips them; set `ignoreInitContainers` to match it), and like kube-linter it treats a zero quantity as unset.",
  check: unsetAmountCheck("requests", "memory")
});

// rules/memory-request-not-equal-limit.ts
var memory_request_not_equal_limit_default = defineRule({
  id: "memory-request-not-equal-limit",
  summary: "Memory requests equal memory limits.",
  rationale: "A container whose memory limit is above its request can use memory the scheduler never reserved; when the node runs short, the kubelet evicts Pods that use more than they request first, and the OOM killer may hit the container at any point between the two values. Equal values make memory use predictable and, with equal CPU values, give the Pod the Guaranteed QoS class.",
  fix: "Set `resources.requests.memory` and `resources.limits.memory` to the same value (for example both `512Mi`), or omit the request: Kubernetes then defaults it to the limit.",
  category: "resources",
  severity: "info",
  kinds: workloadKinds,
  preset: "all",
  messages: {
    limitMissing: 'Container "{{container}}" sets no memory limit, so its memory request and limit are not equal.',
    differs: 'Container "{{container}}" requests {{request}} of memory but is limited to {{limit}}.'
  },
  peers: { kubeScore: "container-memory-requests-equal-limits" },
  peerDifferences: "kube-score also fires when only the request is missing; drydock does not, because the API server then defaults the request to the limit. kube-score's combined `container-resource-requests-equal-limits` check is this rule together with its CPU twin.",
  check: requestNotEqualLimitCheck("memory", true)
});

// rules/networkpolicy-coverage.ts
function policyTypesOf(policy) {
  const spec = policy.object.spec;
  if (!isObject(spec)) return [];
  if (Array.isArray(spec.policyTypes)) return spec.policyTypes.filter((t) => typeof t === "string");
  return spec.egress !== void 0 && spec.egress !== null ? ["Ingress", "Egress"] : ["Ingress"];
}
var networkpolicy_coverage_default = defineRule({
  id: "networkpolicy-coverage",
  summary: "Every workload's Pods are isolated by a NetworkPolicy, for ingress and egress.",
  rationale: "Pods that no NetworkPolicy selects accept traffic from, and send traffic to, anything in the cluster: one compromised Pod can reach every other. A policy isolates its Pods only in the directions its `policyTypes` name.\n\ndrydock looks for NetworkPolicies in the workload's namespace of the input whose `podSelector` matches the pod template labels, and reports when there is none, or when together they leave out a direction listed in `requirePolicyTypes` (both `Ingress` and `Egress` by default). A policy without `policyTypes` enforces `Ingress`, plus `Egress` when it has `egress` rules. A policy type with an empty rule list isolates that direction completely, which counts.",
  fix: "Add a NetworkPolicy that selects the Pods (a default-deny policy with an empty `podSelector` covers the whole namespace) and lists both `Ingress` and `Egress` in `policyTypes`, with rules for the traffic the Pods need.",
  category: "networking",
  severity: "warning",
  kinds: workloadKinds,
  preset: "strict",
  messages: {
    notSelected: 'The Pods of {{kind}} "{{name}}" are not selected by any NetworkPolicy in namespace "{{namespace}}".',
    directionOpen: 'The NetworkPolicies selecting the Pods of {{kind}} "{{name}}" do not restrict {{direction}} traffic.'
  },
  options: ruleOptions(
    {
      requirePolicyTypes: {
        type: "array",
        items: { enum: ["Ingress", "Egress"] },
        uniqueItems: true,
        description: "The directions the selecting policies must restrict; `[]` only asks for some selecting policy."
      }
    },
    { requirePolicyTypes: ["Ingress", "Egress"] }
  ),
  peers: { kubeLinter: "non-isolated-pod", kubeScore: "pod-networkpolicy", polaris: "missingNetworkPolicy" },
  peerDifferences: "kube-linter only asks for a selecting policy (`requirePolicyTypes: []`). Like kube-score and Polaris, drydock asks for both directions by default; unlike Polaris, it accepts a policy type with an empty rule list, which denies all traffic in that direction.",
  check({ resource, resources, defaultNamespace, options, report }) {
    const labels = podLabelsOf(resource);
    const namespace = namespaceOf(resource, defaultNamespace);
    const policies = ofKindIn(resources, "NetworkPolicy", namespace, defaultNamespace).filter(
      (p) => selectorMatches(valueAt(p.object, ["spec", "podSelector"]), labels)
    );
    const data = { kind: resource.kind, name: resource.name, namespace };
    if (policies.length === 0) {
      report({ messageId: "notSelected", path: ["metadata", "name"], data });
      return;
    }
    const enforced = new Set(policies.flatMap(policyTypesOf));
    for (const direction of options.requirePolicyTypes) {
      if (!enforced.has(direction)) report({ messageId: "directionOpen", path: ["metadata", "name"], data: { ...data, direction: direction.toLowerCase() } });
    }
  }
});

// rules/networkpolicy-peer-selects-no-pods.ts
var directions = [
  { field: "ingress", peers: "from" },
  { field: "egress", peers: "to" }
];
function isEmptySelector(selector) {
  return Object.values(selector).every((part) => part === void 0 || part === null || (isObject(part) ? Object.keys(part).length === 0 : Array.isArray(part) && part.length === 0));
}
var networkpolicy_peer_selects_no_pods_default = defineRule({
  id: "networkpolicy-peer-selects-no-pods",
  summary: "The podSelector of a NetworkPolicy peer matches the Pods of some workload in the policy's namespace.",
  rationale: "An `ingress.from` or `egress.to` peer that names Pods by a `podSelector` allows traffic with those Pods only. When no Pod carries the labels, the rule allows nothing: the client or server it was written for is cut off as soon as the policy applies, usually because of a label typo or a label changed on the workload but not in the policy.\n\ndrydock compares each non-empty peer `podSelector` without a `namespaceSelector` (such a peer selects Pods of the policy's own namespace) with the pod template labels of the workloads in that namespace of the input. Peers with a `namespaceSelector` select Pods in other namespaces, whose labels the input rarely shows, and are not judged; nor are empty selectors, which select every Pod of the namespace. By default drydock only reports when the input contains at least one workload, in any namespace, so a file of policies linted on its own stays quiet; the `reportWhen` option changes this. Pods that an operator starts from a custom resource (a Prometheus or Alertmanager of the Prometheus Operator, say) have no pod template in the input, so a peer that selects them is reported: suppress the finding on such policies.",
  fix: "Make the peer's `podSelector` match the pod template labels of the workload it should allow traffic with, or add a `namespaceSelector` if that workload lives in another namespace.",
  category: "networking",
  severity: "warning",
  kinds: ["NetworkPolicy"],
  preset: "strict",
  messages: {
    noPods: 'NetworkPolicy "{{policy}}" has an {{direction}} peer whose podSelector matches no workload in namespace "{{namespace}}".'
  },
  options: selectionOptions(
    "When to report: `inputHasWorkloads` (the input contains some workload), `namespaceHasWorkloads` (it contains one in the policy's namespace) or `always`."
  ),
  peers: { kubeLinter: "dangling-networkpolicypeer-podselector" },
  peerDifferences: "kube-linter's check is opt-in and reports whatever else the input holds; drydock enables it in the `strict` preset and by default only reports when the input contains at least one workload (`reportWhen`).",
  check({ resource, resources, defaultNamespace, options, report }) {
    const spec = resource.object.spec;
    if (!isObject(spec)) return;
    const namespace = namespaceOf(resource, defaultNamespace);
    if (!shouldJudgeSelection(options.reportWhen, resources, namespace, defaultNamespace)) return;
    const workloads = podCreatorsOf(resources, namespace, defaultNamespace);
    for (const { field, peers } of directions) {
      const rules2 = spec[field];
      if (!Array.isArray(rules2)) continue;
      rules2.forEach((rule, ruleIndex) => {
        const list = isObject(rule) ? rule[peers] : void 0;
        if (!Array.isArray(list)) return;
        list.forEach((peer, peerIndex) => {
          if (!isObject(peer) || peer.namespaceSelector !== void 0) return;
          const selector = peer.podSelector;
          if (!isObject(selector) || isEmptySelector(selector)) return;
          if (workloads.some((w) => selectorMatches(selector, podLabelsOf(w)))) return;
          const path = ["spec", field, ruleIndex, peers, peerIndex, "podSelector"];
          report({ messageId: "noPods", path, data: { policy: resource.name, direction: field, namespace } });
        });
      });
    }
  }
});

// rules/networkpolicy-selects-no-pods.ts
var networkpolicy_selects_no_pods_default = defineRule({
  id: "networkpolicy-selects-no-pods",
  summary: "A NetworkPolicy's podSelector matches the Pods of some workload in its namespace.",
  rationale: "A NetworkPolicy whose `podSelector` matches no Pod protects nothing: the Pods it was written for stay open, usually because of a label typo or a policy deployed to another namespace.\n\ndrydock compares a non-empty `podSelector` with the pod template labels of the workloads in the same namespace of the input (an empty selector selects every Pod of the namespace and is never reported); a custom resource of the namespace that carries the selected labels counts as a workload (an operator's Prometheus or Alertmanager, whose Pods get its labels). By default it only reports when the input contains at least one workload, in any namespace, so a file of policies linted on its own stays quiet; the `reportWhen` option changes this.",
  fix: "Make `spec.podSelector` match the pod template labels of the workloads the policy is meant for, in the same namespace.",
  category: "networking",
  severity: "warning",
  kinds: ["NetworkPolicy"],
  preset: "recommended",
  messages: {
    noPods: 'NetworkPolicy "{{policy}}" selects no Pods of the workloads in namespace "{{namespace}}".'
  },
  options: selectionOptions(
    "When to report: `inputHasWorkloads` (the input contains some workload), `namespaceHasWorkloads` (it contains one in the policy's namespace) or `always`."
  ),
  peers: { kubeLinter: "dangling-networkpolicy", kubeScore: "networkpolicy-targets-pod" },
  peerDifferences: "Both peers report whatever else the input holds; drydock by default only reports when the input contains at least one workload (`reportWhen`).",
  check({ resource, resources, defaultNamespace, options, report }) {
    const selector = valueAt(resource.object, ["spec", "podSelector"]);
    if (!isObject(selector)) return;
    const isEmpty = Object.values(selector).every((part) => part === void 0 || part === null || (isObject(part) ? Object.keys(part).length === 0 : Array.isArray(part) && part.length === 0));
    if (isEmpty) return;
    const namespace = namespaceOf(resource, defaultNamespace);
    if (!shouldJudgeSelection(options.reportWhen, resources, namespace, defaultNamespace)) return;
    if (podCreatorsOf(resources, namespace, defaultNamespace).some((w) => selectorMatches(selector, podLabelsOf(w)))) return;
    if (operatorResourcesMatching(resources, namespace, defaultNamespace, (labels) => selectorMatches(selector, labels)).length > 0) return;
    report({ messageId: "noPods", path: ["spec", "podSelector"], data: { policy: resource.name, namespace } });
  }
});

// rules/pdb-blocks-all-disruptions.ts
var pdb_blocks_all_disruptions_default = defineRule({
  id: "pdb-blocks-all-disruptions",
  summary: "A PodDisruptionBudget allows at least one voluntary disruption.",
  rationale: "A PodDisruptionBudget that never allows an eviction blocks `kubectl drain`, node upgrades and cluster-autoscaler scale-down forever: maintenance stalls until someone deletes the budget by hand.\n\ndrydock reports `maxUnavailable: 0` (or `0%`), `minAvailable: 100%`, and a whole-number `minAvailable` that is not below the replica count of a workload of the input it selects (same namespace): the `minReplicas` of the HPA that scales the workload, else its `spec.replicas` (1 when unset). When `minAvailable` is strictly above the HPA's `minReplicas`, `pdb-min-available-exceeds-hpa-min` reports it instead.",
  fix: "Use `maxUnavailable: 1` (or a `minAvailable` below the smallest replica count), so that one Pod at a time may be evicted.",
  category: "reliability",
  severity: "warning",
  kinds: ["PodDisruptionBudget"],
  preset: "recommended",
  messages: {
    maxUnavailableZero: 'PodDisruptionBudget "{{pdb}}" sets maxUnavailable to {{value}}, so no Pod may ever be evicted.',
    minAvailableAll: 'PodDisruptionBudget "{{pdb}}" sets minAvailable to {{value}}, so no Pod may ever be evicted.',
    minAvailableReplicas: 'PodDisruptionBudget "{{pdb}}" requires {{value}} available Pods, but {{kind}} "{{name}}" runs only {{replicas}}, so none may be evicted.'
  },
  peers: { kubeLinter: "pdb-max-unavailable", polaris: "pdbDisruptionsIsZero" },
  peerDifferences: "kube-linter splits the check in two (`pdb-max-unavailable` and `pdb-min-available`); drydock reports both cases here. Like kube-linter, and unlike Polaris, it also compares a whole-number `minAvailable` with the replica count of the selected workloads.",
  check({ resource, resources, defaultNamespace, report }) {
    const spec = resource.object.spec;
    if (!isObject(spec)) return;
    const max = parseIntOrPercent(spec.maxUnavailable);
    if (max && max.value === 0) {
      report({ messageId: "maxUnavailableZero", path: ["spec", "maxUnavailable"], data: { pdb: resource.name, value: String(spec.maxUnavailable) } });
    }
    const min = parseIntOrPercent(spec.minAvailable);
    if (!min) return;
    if (min.kind === "percent") {
      if (min.value >= 100) report({ messageId: "minAvailableAll", path: ["spec", "minAvailable"], data: { pdb: resource.name, value: String(spec.minAvailable) } });
      return;
    }
    const namespace = namespaceOf(resource, defaultNamespace);
    for (const kind of replicatedKinds) {
      for (const workload of ofKindIn(resources, kind, namespace, defaultNamespace)) {
        if (!selectorMatches(spec.selector, podLabelsOf(workload))) continue;
        const hpaMinima = hpasTargeting(workload, resources, defaultNamespace).map(hpaMinReplicas).filter((n) => n !== void 0);
        const replicas = hpaMinima.length > 0 ? Math.min(...hpaMinima) : declaredReplicas(workload);
        if (replicas === void 0 || hpaMinima.length > 0 && min.value > replicas) continue;
        if (min.value >= replicas) {
          report({
            messageId: "minAvailableReplicas",
            path: ["spec", "minAvailable"],
            data: { pdb: resource.name, value: min.value, kind: workload.kind, name: workload.name, replicas }
          });
          return;
        }
      }
    }
  }
});

// rules/pdb-min-available-exceeds-hpa-min.ts
var pdb_min_available_exceeds_hpa_min_default = defineRule({
  id: "pdb-min-available-exceeds-hpa-min",
  summary: "A PodDisruptionBudget's minAvailable stays within the minReplicas of the HPA that scales its Pods.",
  rationale: "An HPA may scale a workload down to its `minReplicas`. If a PodDisruptionBudget then demands more available Pods than exist, the budget can never be met: no Pod may be evicted, node drains hang, and the PDB reports itself as unhealthy.\n\ndrydock looks at the workloads of the input that the PDB selects (same namespace) and the HPAs that scale them, and reports a `minAvailable` (a number, or a percentage of `minReplicas` rounded up) above the HPA's explicit `minReplicas`. A `minAvailable` equal to `minReplicas` is reported by `pdb-blocks-all-disruptions`.",
  fix: "Lower `minAvailable` below the HPA's `minReplicas` (or use `maxUnavailable: 1`), or raise `minReplicas`.",
  category: "reliability",
  severity: "warning",
  kinds: ["PodDisruptionBudget"],
  preset: "recommended",
  messages: {
    exceeds: 'PodDisruptionBudget "{{pdb}}" requires {{required}} available Pods, more than the minReplicas {{minReplicas}} of HorizontalPodAutoscaler "{{hpa}}".'
  },
  peers: { polaris: "pdbMinAvailableGreaterThanHPAMinReplicas" },
  check({ resource, resources, defaultNamespace, report }) {
    const spec = resource.object.spec;
    if (!isObject(spec)) return;
    const min = parseIntOrPercent(spec.minAvailable);
    if (!min) return;
    const namespace = namespaceOf(resource, defaultNamespace);
    for (const kind of replicatedKinds) {
      for (const workload of ofKindIn(resources, kind, namespace, defaultNamespace)) {
        if (!selectorMatches(spec.selector, podLabelsOf(workload))) continue;
        for (const hpa of hpasTargeting(workload, resources, defaultNamespace)) {
          const minReplicas = valueAt(hpa.object, ["spec", "minReplicas"]);
          if (typeof minReplicas !== "number") continue;
          const required = scaledCount(min, minReplicas);
          if (required > minReplicas) {
            report({ messageId: "exceeds", path: ["spec", "minAvailable"], data: { pdb: resource.name, required, minReplicas, hpa: hpa.name } });
            return;
          }
        }
      }
    }
  }
});

// rules/pdb-missing.ts
var pdb_missing_default = defineRule({
  id: "pdb-missing",
  summary: "A replicated Deployment or StatefulSet is covered by a PodDisruptionBudget.",
  rationale: "Without a PodDisruptionBudget, a node drain or cluster upgrade may evict every replica of a workload at once, turning routine maintenance into an outage.\n\ndrydock reports a Deployment or StatefulSet when no PodDisruptionBudget in the same namespace of the input selects its pod template labels. Workloads known to run fewer than `minReplicas` replicas (2 by default) are skipped, since a PDB for a single Pod either allows its eviction anyway or blocks node drains: an explicit `spec.replicas` below it, or an HPA of the input whose `maxReplicas` is below it. An unset `spec.replicas` is checked, as kube-score does, because an autoscaler usually owns the count then.",
  fix: "Add a PodDisruptionBudget whose `selector` matches the pod template labels, with `maxUnavailable: 1` (or a `minAvailable` below the replica count).",
  category: "reliability",
  severity: "warning",
  kinds: scalableKinds,
  preset: "recommended",
  messages: {
    missing: 'No PodDisruptionBudget in namespace "{{namespace}}" selects the Pods of {{kind}} "{{name}}".'
  },
  options: ruleOptions(
    {
      minReplicas: { type: "integer", minimum: 1, description: "Only report workloads that may run at least this many replicas." }
    },
    { minReplicas: 2 }
  ),
  peers: { kubeScore: "deployment-has-poddisruptionbudget", polaris: "missingPodDisruptionBudget" },
  peerDifferences: "Polaris reports every Deployment, whatever its replica count; drydock, like kube-score, skips an explicit `replicas` below `minReplicas`, and also skips a workload whose HPA has a `maxReplicas` below it. kube-score's StatefulSet check is `statefulset-has-poddisruptionbudget`.",
  check({ resource, resources, defaultNamespace, options, report }) {
    if (isKnownBelowReplicas(resource, resources, defaultNamespace, options.minReplicas)) return;
    const namespace = namespaceOf(resource, defaultNamespace);
    const labels = podLabelsOf(resource);
    const covered = ofKindIn(resources, "PodDisruptionBudget", namespace, defaultNamespace).some(
      (pdb) => selectorMatches(valueAt(pdb.object, ["spec", "selector"]), labels)
    );
    if (!covered) report({ messageId: "missing", path: ["metadata", "name"], data: { kind: resource.kind, name: resource.name, namespace } });
  }
});

// rules/pdb-unhealthy-eviction-policy-unset.ts
var pdb_unhealthy_eviction_policy_unset_default = defineRule({
  id: "pdb-unhealthy-eviction-policy-unset",
  summary: "A PodDisruptionBudget chooses its unhealthyPodEvictionPolicy.",
  rationale: "When `spec.unhealthyPodEvictionPolicy` is unset, the API server uses `IfHealthyBudget`: a Pod that is running but not ready may only be evicted while the budget is met. If the application is broken (every Pod crash-looping or failing its readiness probe), the budget is never met, and the Pods that are already down block `kubectl drain`, node upgrades and autoscaler scale-down until someone deletes the budget.\n\n`AlwaysAllow` lets such Pods be evicted, which costs nothing since they serve no traffic; the Kubernetes documentation recommends it for most workloads. drydock asks for an explicit choice: either value is accepted, only a missing field is reported.",
  fix: "Set `spec.unhealthyPodEvictionPolicy: AlwaysAllow`, or `IfHealthyBudget` if unready Pods of this application must not be evicted (for example a quorum store whose Pods are unready while they catch up).",
  category: "reliability",
  severity: "info",
  kinds: ["PodDisruptionBudget"],
  preset: "strict",
  messages: {
    unset: 'PodDisruptionBudget "{{pdb}}" leaves unhealthyPodEvictionPolicy unset, so Pods that are not ready may block node drains.'
  },
  peers: { kubeLinter: "pdb-unhealthy-pod-eviction-policy" },
  peerDifferences: "kube-linter enables its check by default; drydock keeps it in the `strict` preset with severity `info`, since the field is a newer setting (GA in Kubernetes 1.31) that most manifests do not set yet.",
  check({ resource, report }) {
    const spec = resource.object.spec;
    if (!isObject(spec) || spec.unhealthyPodEvictionPolicy !== void 0) return;
    report({ messageId: "unset", path: ["spec", "unhealthyPodEvictionPolicy"], data: { pdb: resource.name } });
  }
});

// rules/pod-anti-affinity-missing.ts
function spreads(term, labels, namespace, topologyKeys) {
  if (!isObject(term) || typeof term.topologyKey !== "string" || !topologyKeys.includes(term.topologyKey)) return false;
  if (Array.isArray(term.namespaces) && term.namespaces.length > 0 && !term.namespaces.includes(namespace)) return false;
  return selectorMatches(term.labelSelector, labels);
}
var pod_anti_affinity_missing_default = defineRule({
  id: "pod-anti-affinity-missing",
  summary: "Replicated workloads spread their Pods over nodes with pod anti-affinity.",
  rationale: "Without anti-affinity, the scheduler may place every replica of a workload on the same node, and losing that node takes the whole service down at once.\n\ndrydock reports a Deployment or StatefulSet with at least `minReplicas` replicas (an unset `replicas`, usually owned by an autoscaler, counts; an HPA of the input counts with its `maxReplicas`) when its pod template has no required or preferred `podAntiAffinity` term over one of `topologyKeys` (`kubernetes.io/hostname` by default) whose `labelSelector` matches its own pod labels. A `topologySpreadConstraints` entry over one of those keys that selects the Pods counts too, unless `acceptTopologySpread` is off. Clusters often spread Pods by default (the scheduler's default topology spreading), which is why this rule is in the `strict` preset.",
  fix: "Add a `preferredDuringSchedulingIgnoredDuringExecution` pod anti-affinity term with `topologyKey: kubernetes.io/hostname` and a `labelSelector` matching the pod labels, or a `topologySpreadConstraints` entry over that key.",
  category: "scheduling",
  severity: "warning",
  kinds: scalableKinds,
  preset: "strict",
  messages: {
    missing: '{{kind}} "{{name}}" has no pod anti-affinity that keeps its replicas on different nodes.'
  },
  options: ruleOptions(
    {
      minReplicas: { type: "integer", minimum: 2, description: "Only report workloads that may run at least this many replicas." },
      topologyKeys: { type: "array", items: { type: "string" }, minItems: 1, description: "Topology keys a term may spread over." },
      acceptTopologySpread: { type: "boolean", description: "Count a matching `topologySpreadConstraints` entry as spreading the Pods." }
    },
    { minReplicas: 2, topologyKeys: ["kubernetes.io/hostname"], acceptTopologySpread: true }
  ),
  peers: { kubeLinter: "no-anti-affinity", kubeScore: "deployment-has-host-podantiaffinity" },
  peerDifferences: "Both peers accept only pod anti-affinity; drydock also accepts topology spread constraints over the same keys (`acceptTopologySpread`). kube-score's StatefulSet check is `statefulset-has-host-podantiaffinity`.",
  check({ resource, resources, defaultNamespace, options, report }) {
    const pod = podSpecOf(resource);
    if (!pod || isKnownBelowReplicas(resource, resources, defaultNamespace, options.minReplicas)) return;
    const labels = podLabelsOf(resource);
    const namespace = namespaceOf(resource, defaultNamespace);
    const anti = isObject(pod.spec.affinity) ? pod.spec.affinity.podAntiAffinity : void 0;
    const required = isObject(anti) ? anti.requiredDuringSchedulingIgnoredDuringExecution : void 0;
    const preferred = isObject(anti) ? anti.preferredDuringSchedulingIgnoredDuringExecution : void 0;
    const terms = [
      ...Array.isArray(required) ? required : [],
      ...Array.isArray(preferred) ? preferred.map((p) => isObject(p) ? p.podAffinityTerm : void 0) : [],
      ...options.acceptTopologySpread && Array.isArray(pod.spec.topologySpreadConstraints) ? pod.spec.topologySpreadConstraints : []
    ];
    if (terms.some((term) => spreads(term, labels, namespace, options.topologyKeys))) return;
    const path = isObject(pod.spec.affinity) ? [...pod.path, "affinity", "podAntiAffinity"] : [...pod.path, "affinity"];
    report({ messageId: "missing", path, data: { kind: resource.kind, name: resource.name } });
  }
});

// rules/pod-unschedulable.ts
var pod_unschedulable_default = defineRule({
  id: "pod-unschedulable",
  summary: "Every Pod of a workload fits the configured cluster model.",
  rationale: "A Pod no node can take is accepted by the API server and then stays Pending for ever: the rollout never finishes, or the new replicas never serve. Requests larger than any node, a nodeSelector no node carries, a taint nobody tolerates or an anti-affinity with more replicas than nodes only show up on the cluster.\n\nWith a cluster model configured (`cluster:` in `.drydock.yaml`, or `--cluster`: a kind config, a drydock cluster file, or `kubectl get nodes -o yaml`), drydock expands each workload into the Pods its controller would create and places them with the default scheduler's filters, in input order. A Pod that fits nowhere is reported at the field responsible, with the scheduler's own FailedScheduling message for the target Kubernetes version. Without a cluster model the rule reports nothing. `drydock plan --cluster` shows the full placement and node usage.",
  fix: "Change the field the finding points at (lower the request, fix the nodeSelector or affinity, add the toleration), or give the cluster model nodes that fit.",
  category: "scheduling",
  severity: "warning",
  kinds: workloadKinds,
  preset: "recommended",
  messages: {
    pending: '{{count}} of the Pods of {{kind}} "{{name}}" would stay Pending on {{cluster}}: {{message}} (hint: {{hint}}).'
  },
  check({ resource, cluster, report }) {
    if (!cluster) return;
    const pending = cluster.pendingPodsOf(resource);
    const byReason = /* @__PURE__ */ new Map();
    for (const pod of pending) {
      const key = `${pod.message}
${pod.hint}
${JSON.stringify(pod.path ?? null)}`;
      byReason.set(key, [...byReason.get(key) ?? [], pod]);
    }
    for (const pods of byReason.values()) {
      const [first] = pods;
      if (!first) continue;
      const path = first.path ?? [...podTemplatePath(resource.kind) ?? [], "spec"];
      report({
        messageId: "pending",
        path,
        data: { count: pods.length, kind: resource.kind, name: resource.name, cluster: cluster.describedAs, message: first.message, hint: first.hint.replace(/\.$/, "") }
      });
    }
  }
});

// rules/priority-class-missing.ts
var priority_class_missing_default = defineRule({
  id: "priority-class-missing",
  summary: "Workloads name a priorityClassName, from the accepted list when one is configured.",
  rationale: "Without a priority class every Pod gets the cluster default (usually 0), so when nodes fill up the scheduler cannot tell a payment service from a batch report: it may preempt or refuse the wrong one. Naming a class also documents how important the workload is.",
  fix: "Set `priorityClassName` in the pod spec to one of the cluster's PriorityClasses (list the accepted ones in this rule's `accepted` option).",
  category: "scheduling",
  severity: "info",
  kinds: workloadKinds,
  preset: "all",
  messages: {
    missing: '"{{name}}" sets no priorityClassName.',
    notAccepted: '"{{name}}" uses priorityClassName "{{priorityClass}}", which is not in the accepted list.'
  },
  options: ruleOptions(
    {
      accepted: { type: "array", items: { type: "string" }, description: "PriorityClass names workloads may use; empty accepts any." }
    },
    { accepted: [] }
  ),
  peers: { kubeLinter: "priority-class-name", polaris: "priorityClassNotSet" },
  peerDifferences: "Polaris flags a missing class; kube-linter (opt-in) only flags a class outside its accepted list. drydock does both: a missing class, and with `accepted` set, a class outside it. kube-linter accepts only `system-cluster-critical` and `system-node-critical` by default; drydock accepts any class until you list yours, since clusters define their own.",
  check({ resource, options, report }) {
    const pod = podSpecOf(resource);
    if (!pod) return;
    const priorityClass = pod.spec.priorityClassName;
    const data = { name: resource.name };
    if (typeof priorityClass !== "string" || priorityClass === "") {
      report({ messageId: "missing", path: [...pod.path, "priorityClassName"], data });
    } else if (options.accepted.length > 0 && !options.accepted.includes(priorityClass)) {
      report({ messageId: "notAccepted", path: [...pod.path, "priorityClassName"], data: { ...data, priorityClass } });
    }
  }
});

// rules/privilege-escalation-allowed.ts
var privilege_escalation_allowed_default = defineRule({
  id: "privilege-escalation-allowed",
  summary: "Containers set allowPrivilegeEscalation to false.",
  rationale: "Unless `allowPrivilegeEscalation` is false, a process in the container can gain more privileges than its parent, through setuid binaries such as `sudo` or file capabilities. Kubernetes defaults it to true, so leaving it out allows escalation.",
  fix: "Set `securityContext.allowPrivilegeEscalation: false` on every container.",
  category: "security",
  severity: "warning",
  kinds: workloadKinds,
  preset: "strict",
  messages: {
    allowed: 'Container "{{container}}" sets allowPrivilegeEscalation to true.',
    missing: 'Container "{{container}}" does not set allowPrivilegeEscalation to false, so it defaults to true.'
  },
  peers: { kubeLinter: "privilege-escalation-container", polaris: "privilegeEscalationAllowed" },
  peerDifferences: "Like Polaris, drydock flags a container that leaves `allowPrivilegeEscalation` unset, since it defaults to true; kube-linter flags only an explicit true. kube-linter also flags `privileged: true` and an added `SYS_ADMIN` here, which drydock reports under `privileged-container` and `dangerous-capabilities-added`. The field exists only per container, so a pod-level value is ignored.",
  check({ resource, report }) {
    const pod = podSpecOf(resource);
    for (const container of containersOf(resource)) {
      if (container.kind === "ephemeral") continue;
      const context = effectiveSecurityContext(pod, container);
      const setting = context.get("allowPrivilegeEscalation");
      if (setting?.value === false) continue;
      if (setting?.value === true) report({ messageId: "allowed", path: setting.path, data: { container: container.name } });
      else report({ messageId: "missing", path: context.missingPath("allowPrivilegeEscalation"), data: { container: container.name } });
    }
  }
});

// rules/privileged-container.ts
var privileged_container_default = defineRule({
  id: "privileged-container",
  summary: "Containers do not run privileged.",
  rationale: "A privileged container gets every Linux capability and access to all host devices, with no seccomp or AppArmor confinement: a compromise of the container is a compromise of the node.",
  fix: "Remove `securityContext.privileged: true` and grant only the specific capabilities the container needs with `capabilities.add`.",
  category: "security",
  severity: "error",
  kinds: workloadKinds,
  preset: "recommended",
  messages: {
    privileged: 'Container "{{container}}" runs privileged.'
  },
  peers: { kubeLinter: "privileged-container", kubeScore: "container-security-context-privileged", polaris: "runAsPrivileged" },
  peerDifferences: "`privileged` exists only in a container's securityContext; a `privileged` key in the pod-level securityContext is dropped by the API server, so drydock ignores it (the schema check reports it).",
  check({ resource, report }) {
    const pod = podSpecOf(resource);
    for (const container of containersOf(resource)) {
      if (container.kind === "ephemeral") continue;
      const privileged = effectiveSecurityContext(pod, container).get("privileged");
      if (privileged?.value === true) report({ messageId: "privileged", path: privileged.path, data: { container: container.name } });
    }
  }
});

// rules/privileged-port.ts
var privileged_port_default = defineRule({
  id: "privileged-port",
  summary: "Containers listen on ports of 1024 and above.",
  rationale: "Binding a port below 1024 traditionally needs root or the `NET_BIND_SERVICE` capability, so an image that listens there is usually built to run with more privilege than it needs. Inside a pod the number is arbitrary: a Service can still expose port 80 and forward it to 8080.",
  fix: "Make the application listen on a port of 1024 or above and map the well-known port in the Service (`port: 80`, `targetPort: 8080`).",
  category: "security",
  severity: "info",
  kinds: workloadKinds,
  preset: "all",
  messages: {
    privilegedPort: 'Container "{{container}}" listens on privileged port {{port}}.'
  },
  peers: { kubeLinter: "privileged-ports" },
  check({ resource, report }) {
    for (const container of containersOf(resource)) {
      if (container.kind === "ephemeral" || !Array.isArray(container.spec.ports)) continue;
      container.spec.ports.forEach((port, index) => {
        if (!isObject(port) || typeof port.containerPort !== "number") return;
        if (port.containerPort < 1 || port.containerPort > 1023) return;
        report({ messageId: "privilegedPort", path: [...container.path, "ports", index, "containerPort"], data: { container: container.name, port: port.containerPort } });
      });
    }
  }
});

// rules/probes-identical.ts
var handlers = ["exec", "httpGet", "tcpSocket", "grpc"];
var timingDefaults = { initialDelaySeconds: 0, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 };
var probes_identical_default = defineRule({
  id: "probes-identical",
  summary: "A container's liveness probe differs from its readiness probe.",
  rationale: 'Readiness and liveness answer different questions: "should this Pod get traffic now?" and "is this process beyond repair?". When both probes are the same check with the same timing, a Pod that is merely overloaded or waiting on a dependency fails both at once and is restarted instead of being taken out of rotation, which turns a slowdown into an outage.',
  fix: "Give the liveness probe a cheaper check that only fails when the process is stuck (for example an endpoint that does not call dependencies), or at least a higher `failureThreshold` or longer `periodSeconds` than the readiness probe.",
  category: "reliability",
  severity: "warning",
  kinds: longRunningKinds,
  preset: "strict",
  messages: {
    identical: 'Container "{{container}}" has identical readiness and liveness probes.'
  },
  peers: { kubeScore: "pod-probes-identical" },
  peerDifferences: "drydock compares the probes after applying the API server's defaults, so omitted and default-valued timing fields count as equal.",
  check({ resource, report }) {
    for (const container of containersOf(resource)) {
      if (container.kind === "ephemeral") continue;
      const { readinessProbe, livenessProbe } = container.spec;
      if (!isObject(readinessProbe) || !isObject(livenessProbe)) continue;
      const readiness = canonicalProbe(readinessProbe);
      if (readiness !== void 0 && readiness === canonicalProbe(livenessProbe)) {
        report({ messageId: "identical", path: [...container.path, "livenessProbe"], data: { container: container.name } });
      }
    }
  }
});
function canonicalProbe(probe) {
  const handler = handlers.find((name) => isObject(probe[name]));
  if (handler === void 0) return void 0;
  let action = probe[handler];
  if (handler === "httpGet") action = { ...action, scheme: action.scheme ?? "HTTP", path: action.path || "/" };
  const timing = Object.fromEntries(Object.entries(timingDefaults).map(([field, fallback]) => [field, probe[field] ?? fallback]));
  return stableJson({ [handler]: action, ...timing });
}
function stableJson(value) {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (isObject(value)) {
    const keys = Object.keys(value).filter((key) => value[key] !== void 0).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${stableJson(value[key])}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

// rules/pvc-missing.ts
var pvc_missing_default = defineRule({
  id: "pvc-missing",
  summary: "The PersistentVolumeClaims a pod spec mounts are in the input.",
  rationale: "A Pod whose volume names a PersistentVolumeClaim that does not exist stays Pending with `persistentvolumeclaim \"\u2026\" not found`, and its controller keeps waiting.\n\ndrydock looks for a PersistentVolumeClaim of that name in the workload's namespace of the input. Claims a StatefulSet creates from its `volumeClaimTemplates` and generic ephemeral volumes are not references, so they are never reported. It only reports when the input contains other objects of the workload's namespace, so a workload linted on its own stays quiet; set `reportWhen: always` to report it anyway.",
  fix: "Add the PersistentVolumeClaim to the manifests, correct `claimName`, or use `volumeClaimTemplates` (StatefulSet) or an `ephemeral` volume so the claim is created with the Pod.",
  category: "configuration",
  severity: "warning",
  kinds: workloadKinds,
  preset: "recommended",
  messages: {
    missing: 'PersistentVolumeClaim "{{name}}" is not in namespace "{{namespace}}" of the input.'
  },
  options: missingObjectOptionsWithIgnore(
    "When to report: `namespaceInInput` (the input contains other objects of the workload's namespace) or `always`.",
    "Claim names to skip, such as claims a storage operator creates."
  ),
  check({ resource, resources, defaultNamespace, options, report }) {
    const pod = podSpecOf(resource);
    if (!pod || !Array.isArray(pod.spec.volumes)) return;
    const namespace = namespaceOf(resource, defaultNamespace);
    if (options.reportWhen !== "always" && !namespaceHasOtherObjects(resource, resources, namespace, defaultNamespace)) return;
    const claims = new Set(ofKindIn(resources, "PersistentVolumeClaim", namespace, defaultNamespace).map((claim) => claim.name));
    pod.spec.volumes.forEach((volume, index) => {
      if (!isObject(volume) || !isObject(volume.persistentVolumeClaim)) return;
      const name = volume.persistentVolumeClaim.claimName;
      if (typeof name !== "string" || name === "" || claims.has(name) || options.ignore.includes(name)) return;
      report({ messageId: "missing", path: [...pod.path, "volumes", index, "persistentVolumeClaim", "claimName"], data: { name, namespace } });
    });
  }
});

// rules/rbac-create-pods-access.ts
var podCreators = [
  ["", "pods"],
  ["", "replicationcontrollers"],
  ["apps", "deployments"],
  ["apps", "replicasets"],
  ["apps", "statefulsets"],
  ["apps", "daemonsets"],
  ["batch", "jobs"],
  ["batch", "cronjobs"]
];
var builtInCreatorRoles = ["admin", "edit"];
var rbac_create_pods_access_default = defineRule({
  id: "rbac-create-pods-access",
  summary: "Bindings do not let their subjects create Pods or the workloads that start them.",
  rationale: "Whoever may create a Pod, or a Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job or CronJob that starts one, chooses what runs in it: any image, any service account of the namespace (and so its token and permissions), and any Secret or ConfigMap of the namespace mounted as a volume. Unless admission policies restrict it, that permission is worth as much as every credential in the namespace, and it is a common step in privilege escalation.\n\ndrydock reports a RoleBinding or ClusterRoleBinding whose role, found in the input, allows one of `verbs` on one of these resources in its API group (directly or through `*`), and, with `checkBuiltInRoles`, bindings of the default `admin` and `edit` ClusterRoles (`cluster-admin` is reported by `cluster-admin-binding`). Bindings named `system:*` and those in `ignoreBindings` are exempt: controllers and deployment tools need this permission, so list their bindings there.",
  fix: "Remove `create` on Pods and workload resources from the bound role, or bind it only to the controller or deployment tool that needs it and list that binding in `ignoreBindings`.",
  category: "rbac",
  severity: "warning",
  kinds: roleBindingKinds,
  preset: "all",
  messages: {
    grantsCreate: '{{kind}} "{{binding}}" lets its subjects create {{resource}} through {{roleKind}} "{{role}}".'
  },
  options: bindingGrantOptions(
    "The verbs on Pods and workloads that count as creating them (`*` always does).",
    "Also report bindings of the default `admin` and `edit` ClusterRoles when they are not in the input.",
    ["create"]
  ),
  peers: { kubeLinter: "access-to-create-pods" },
  peerDifferences: "kube-linter only counts roles of the input; drydock adds the default `admin` and `edit` ClusterRoles (`checkBuiltInRoles`) and ReplicationControllers, and the verbs are configurable (add `update` and `patch` to count changes to existing workloads).",
  check({ resource, resources, defaultNamespace, options, report }) {
    if (nameMatchesAny(resource.name, options.ignoreBindings)) return;
    const ref = roleRefOf(resource);
    if (!ref) return;
    const data = { kind: resource.kind, binding: resource.name, roleKind: ref.kind, role: ref.name };
    const role = boundRoleOf(resource, resources, defaultNamespace);
    if (!role) {
      if (options.checkBuiltInRoles && ref.kind === "ClusterRole" && builtInCreatorRoles.includes(ref.name)) {
        report({ messageId: "grantsCreate", path: ["roleRef", "name"], data: { ...data, resource: "pods" } });
      }
      return;
    }
    const rules2 = policyRulesOf(role);
    for (const [group, name] of podCreators) {
      const wanted = { apiGroups: [group], resources: [name], verbs: options.verbs };
      if (rules2.some(({ rule }) => ruleGrants(rule, wanted))) {
        report({ messageId: "grantsCreate", path: ["roleRef", "name"], data: { ...data, resource: name } });
        return;
      }
    }
  }
});

// rules/rbac-pod-exec-attach.ts
var execOrAttach = { apiGroups: [""], resources: ["pods/exec", "pods/attach"], verbs: ["create", "get"] };
var rbac_pod_exec_attach_default = defineRule({
  id: "rbac-pod-exec-attach",
  summary: "Roles do not grant pods/exec or pods/attach.",
  rationale: "Exec and attach run commands inside a container: whoever may do it acts with the Pod's identity, reads its mounted Secrets and service account token, and bypasses the application's own access controls. It is a debugging permission that application roles and service accounts should not carry.\n\ndrydock looks for Role and ClusterRole rules that allow `create` or `get` on `pods/exec` or `pods/attach` (directly, or through `*` in API groups, resources or verbs). It reports such a grant where it takes effect: on each RoleBinding or ClusterRoleBinding of the input that binds the role, or on the role's rule when nothing in the input binds it. Bindings named `system:*` or listed in `ignoreBindings` are exempt, and so are the roles in `ignoreRoles` (the default `admin`, `edit` and `cluster-admin` roles); an unbound role named `system:*` is not reported, a binding that grants one is.",
  fix: "Remove `pods/exec` and `pods/attach` from the role, and grant them only to the people who debug, through a separate role bound when needed.",
  category: "rbac",
  severity: "warning",
  kinds: [...roleKinds, ...roleBindingKinds],
  preset: "strict",
  messages: {
    roleGrants: '{{kind}} "{{role}}" grants pods/exec or pods/attach.',
    bindingGrants: '{{kind}} "{{binding}}" grants pods/exec or pods/attach through {{roleKind}} "{{role}}".'
  },
  options: ruleOptions(
    {
      ignoreRoles: { type: "array", items: { type: "string" }, description: "Role names never reported; a trailing `*` matches a prefix." },
      ignoreBindings: { type: "array", items: { type: "string" }, description: "Binding names never reported; a trailing `*` matches a prefix." }
    },
    { ignoreRoles: ["admin", "edit", "cluster-admin", "gce:podsecuritypolicy:calico-sa"], ignoreBindings: ["system:*", "gce:podsecuritypolicy:calico-sa"] }
  ),
  peers: { polaris: "clusterrolePodExecAttach" },
  peerDifferences: "Polaris has one check per kind (`clusterrolePodExecAttach`, `rolePodExecAttach`, `clusterrolebindingPodExecAttach`, `rolebindingClusterRolePodExecAttach`, `rolebindingRolePodExecAttach`) and reports a grant both on the role and on each binding; drydock reports it once, on the bindings of the input, or on the role when nothing binds it. Polaris also reports a binding whose role is not in the input; drydock cannot know what such a role grants and does not.",
  check({ resource, resources, defaultNamespace, options, report }) {
    if (resource.kind === "Role" || resource.kind === "ClusterRole") {
      if (nameMatchesAny(resource.name, options.ignoreRoles) || resource.name.startsWith("system:")) return;
      const bindingKinds = resource.kind === "Role" ? ["RoleBinding"] : roleBindingKinds;
      const isBound = bindingKinds.some((kind) => resources.ofKind(kind).some((binding) => boundRoleOf(binding, resources, defaultNamespace) === resource));
      if (isBound) return;
      for (const { path, rule } of policyRulesOf(resource)) {
        if (ruleGrants(rule, execOrAttach)) report({ messageId: "roleGrants", path, data: { kind: resource.kind, role: resource.name } });
      }
      return;
    }
    if (nameMatchesAny(resource.name, options.ignoreBindings)) return;
    const role = boundRoleOf(resource, resources, defaultNamespace);
    if (!role || nameMatchesAny(role.name, options.ignoreRoles)) return;
    if (policyRulesOf(role).some(({ rule }) => ruleGrants(rule, execOrAttach))) {
      report({ messageId: "bindingGrants", path: ["roleRef", "name"], data: { kind: resource.kind, binding: resource.name, roleKind: role.kind, role: role.name } });
    }
  }
});

// rules/rbac-secrets-access.ts
var builtInSecretRoles = ["cluster-admin", "admin", "edit"];
var rbac_secrets_access_default = defineRule({
  id: "rbac-secrets-access",
  summary: "Bindings do not grant access to Secrets.",
  rationale: "Secrets hold credentials, tokens and keys. A subject that may read them (or list or watch them, which returns their contents) can impersonate every workload whose credentials it reads; one that may write them can swap a TLS key or a token. Grant Secret access only to the components that must have it, ideally with `resourceNames`.\n\ndrydock reports a RoleBinding or ClusterRoleBinding whose role, found in the input, allows one of `verbs` on `secrets` in the core API group (directly or through `*`), and, with `checkBuiltInRoles`, bindings of the default `cluster-admin`, `admin` and `edit` ClusterRoles. Bindings named `system:*` and those in `ignoreBindings` are exempt. Rules limited by `resourceNames` still count.",
  fix: "Remove `secrets` from the bound role, or limit the rule with `resourceNames` to the Secrets the subject needs and to the verbs it uses.",
  category: "rbac",
  severity: "warning",
  kinds: roleBindingKinds,
  preset: "all",
  messages: {
    grantsSecrets: '{{kind}} "{{binding}}" grants access to Secrets through {{roleKind}} "{{role}}".'
  },
  options: bindingGrantOptions(
    "The verbs on Secrets that count as access (`*` always does).",
    "Also report bindings of the default `cluster-admin`, `admin` and `edit` ClusterRoles when they are not in the input.",
    ["get", "list", "watch", "create", "update", "patch", "delete", "deletecollection"]
  ),
  peers: { kubeLinter: "access-to-secrets" },
  peerDifferences: "kube-linter also counts only roles of the input; drydock adds the default `admin`, `edit` and `cluster-admin` ClusterRoles (`checkBuiltInRoles`) and counts `update`, `patch` and `deletecollection`.",
  check({ resource, resources, defaultNamespace, options, report }) {
    if (nameMatchesAny(resource.name, options.ignoreBindings)) return;
    const ref = roleRefOf(resource);
    if (!ref) return;
    const role = boundRoleOf(resource, resources, defaultNamespace);
    const data = { kind: resource.kind, binding: resource.name, roleKind: ref.kind, role: ref.name };
    if (!role) {
      if (options.checkBuiltInRoles && ref.kind === "ClusterRole" && builtInSecretRoles.includes(ref.name)) {
        report({ messageId: "grantsSecrets", path: ["roleRef", "name"], data });
      }
      return;
    }
    const wanted = { apiGroups: [""], resources: ["secrets"], verbs: options.verbs };
    if (policyRulesOf(role).some(({ rule }) => ruleGrants(rule, wanted))) report({ messageId: "grantsSecrets", path: ["roleRef", "name"], data });
  }
});

// rules/rbac-wildcard.ts
var fields = ["apiGroups", "resources", "verbs"];
var rbac_wildcard_default = defineRule({
  id: "rbac-wildcard",
  summary: "Role rules name their API groups, resources and verbs instead of using `*`.",
  rationale: "A `*` in a Role or ClusterRole rule grants everything that matches, today and in the future: new subresources, new verbs (such as `escalate`, `bind` or `impersonate`) and the resources of every CRD installed later. Roles should list what the subject needs, so that a review shows what it may do.\n\ndrydock reports each `*` in the `apiGroups`, `resources` and `verbs` of a rule. Roles named `system:*` (managed by the control plane) and those in `ignoreRoles` are exempt.",
  fix: "Replace `*` with the API groups, resources and verbs the subject needs (for example `verbs: [get, list, watch]`).",
  category: "rbac",
  severity: "warning",
  kinds: roleKinds,
  preset: "strict",
  messages: {
    wildcard: '{{kind}} "{{role}}" uses "*" in the {{field}} of a rule.'
  },
  options: ruleOptions(
    {
      ignoreRoles: { type: "array", items: { type: "string" }, description: "Role names to skip; a trailing `*` matches a prefix." }
    },
    { ignoreRoles: ["cluster-admin"] }
  ),
  peers: { kubeLinter: "wildcard-in-rules" },
  check({ resource, options, report }) {
    if (resource.name.startsWith("system:") || nameMatchesAny(resource.name, options.ignoreRoles)) return;
    for (const { path, rule } of policyRulesOf(resource)) {
      for (const field of fields) {
        const list = rule[field];
        if (!Array.isArray(list)) continue;
        list.forEach((value, index) => {
          if (value === "*") report({ messageId: "wildcard", path: [...path, field, index], data: { kind: resource.kind, role: resource.name, field } });
        });
      }
    }
  }
});

// rules/read-only-root-fs-missing.ts
var read_only_root_fs_missing_default = defineRule({
  id: "read-only-root-fs-missing",
  summary: "Containers mount their root filesystem read-only.",
  rationale: "A writable root filesystem lets an attacker who gets into the container drop tools or change binaries and configuration, and hides state that is lost on restart. With a read-only root, writes go only to the volumes you mount on purpose.",
  fix: "Set `securityContext.readOnlyRootFilesystem: true` on the container and mount an `emptyDir` volume at each path it must write to (such as `/tmp`).",
  category: "security",
  severity: "warning",
  kinds: workloadKinds,
  preset: "strict",
  messages: {
    writable: 'Container "{{container}}" sets readOnlyRootFilesystem to false.',
    missing: 'Container "{{container}}" does not set readOnlyRootFilesystem to true, so its root filesystem is writable.'
  },
  peers: { kubeLinter: "no-read-only-root-fs", kubeScore: "container-security-context-readonlyrootfilesystem", polaris: "notReadOnlyRootFilesystem" },
  peerDifferences: "`readOnlyRootFilesystem` exists only in a container's securityContext, so unlike Polaris drydock does not accept it from the pod-level securityContext, where the API server drops it.",
  check({ resource, report }) {
    const pod = podSpecOf(resource);
    for (const container of containersOf(resource)) {
      if (container.kind === "ephemeral") continue;
      const context = effectiveSecurityContext(pod, container);
      const setting = context.get("readOnlyRootFilesystem");
      if (setting?.value === true) continue;
      if (setting?.value === false) report({ messageId: "writable", path: setting.path, data: { container: container.name } });
      else report({ messageId: "missing", path: context.missingPath("readOnlyRootFilesystem"), data: { container: container.name } });
    }
  }
});

// rules/readiness-probe-missing.ts
var readiness_probe_missing_default = defineRule({
  id: "readiness-probe-missing",
  summary: "Long-running containers declare a readinessProbe.",
  rationale: "Without a readiness probe, a Pod counts as ready as soon as its containers start, so Services send it traffic before it can serve and rolling updates move on before the new version works.",
  fix: "Add a `readinessProbe` that checks the port the container serves on (an HTTP health endpoint, a TCP socket or a gRPC health check).",
  category: "reliability",
  severity: "warning",
  kinds: longRunningKinds,
  preset: "recommended",
  messages: {
    missing: 'Container "{{container}}" has no readinessProbe.'
  },
  options: ignoreContainersOption,
  peers: { kubeLinter: "no-readiness-probe", kubeScore: "pod-probes", polaris: "readinessProbeMissing" },
  peerDifferences: "kube-score is satisfied when any container of a Service-selected pod has a readinessProbe; drydock, like kube-linter and Polaris, asks it of every regular container, selected or not. The peers leave out Jobs and CronJobs, which run to completion; drydock also leaves out a bare Pod with `restartPolicy: Never` or `OnFailure`, which does too (as liveness-probe-missing does).",
  check: probeMissingCheck("readinessProbe")
});

// rules/readiness-probe-port-not-exposed.ts
var readiness_probe_port_not_exposed_default = defineRule({
  id: "readiness-probe-port-not-exposed",
  summary: "A readinessProbe targets a TCP port its container declares.",
  rationale: "A named probe port is resolved against the container's own `ports`: when no TCP port has that name the probe can never succeed and the Pod never becomes ready, so it never receives traffic and a rollout that waits for it stalls. A number that is not among the declared ports usually means the probe and the server drifted apart, and the port list, which tools and readers rely on, is wrong.",
  fix: "Point `readinessProbe` at a port listed in the container's `ports` (by name or number), or add the port the server really listens on to `ports` with protocol TCP.",
  category: "reliability",
  severity: "warning",
  kinds: workloadKinds,
  preset: "recommended",
  messages: probePortMessages("readinessProbe"),
  peers: { kubeLinter: "readiness-port" },
  peerDifferences: "kube-linter looks at regular containers only; drydock also checks restartable init containers (sidecars), the only init containers that may have probes. A numbered port of a `hostNetwork` Pod needs no declaration (the process listens on the node), so drydock does not flag it.",
  check: probePortCheck("readinessProbe")
});

// rules/replicas-too-few.ts
var replicas_too_few_default = defineRule({
  id: "replicas-too-few",
  summary: "Deployments run at least two replicas.",
  rationale: "A Deployment with one replica is down whenever that Pod is: during every node drain, eviction, crash or rollout that cannot surge. A second replica on another node keeps the service up through these everyday disruptions.",
  fix: "Set `spec.replicas` to 2 or more (and spread the replicas over nodes or zones), or let a HorizontalPodAutoscaler with `minReplicas` of 2 or more own the replica count. Set `minReplicas` in this rule's options to require more.",
  category: "reliability",
  severity: "warning",
  kinds: ["Deployment"],
  preset: "strict",
  messages: {
    tooFew: 'Deployment "{{name}}" sets replicas to {{replicas}}, below the minimum of {{minimum}}.',
    unset: 'Deployment "{{name}}" sets no replicas, so it runs one Pod, below the minimum of {{minimum}}.'
  },
  options: ruleOptions(
    {
      minReplicas: { type: "integer", minimum: 1, description: "The fewest replicas a Deployment may declare (kube-linter asks for 3)." }
    },
    { minReplicas: 2 }
  ),
  peers: { kubeLinter: "minimum-three-replicas", kubeScore: "deployment-replicas", polaris: "deploymentMissingReplicas" },
  peerDifferences: "The default minimum is 2, as in kube-score and Polaris; kube-linter asks for 3 (set `minReplicas: 3`). Deployments scaled by a HorizontalPodAutoscaler or a KEDA ScaledObject in the input are skipped, as kube-score does for HPAs, and `replicas: 0` is taken as a deliberate scale-down. Unlike kube-score, a Deployment need not be selected by a Service.",
  check({ resource, resources, defaultNamespace, options, report }) {
    if (!isObject(resource.object.spec) || isAutoscaled(resource, resources, defaultNamespace)) return;
    const replicas = valueAt(resource.object, ["spec", "replicas"]);
    const data = { name: resource.name, minimum: options.minReplicas };
    if (replicas === void 0 || replicas === null) {
      if (options.minReplicas > 1) report({ messageId: "unset", path: missingFieldPath(resource.object, ["spec", "replicas"]), data });
      return;
    }
    if (typeof replicas !== "number" || !Number.isInteger(replicas) || replicas === 0) return;
    if (replicas < options.minReplicas) report({ messageId: "tooFew", path: ["spec", "replicas"], data: { ...data, replicas } });
  }
});
function isAutoscaled(deployment, resources, defaultNamespace) {
  const namespace = namespaceOf(deployment, defaultNamespace);
  const scalers = [
    ...resources.ofKind("HorizontalPodAutoscaler").map((hpa) => ({ scaler: hpa, defaultKind: void 0 })),
    ...resources.ofKind("ScaledObject").map((scaledObject) => ({ scaler: scaledObject, defaultKind: "Deployment" }))
  ];
  return scalers.some(({ scaler, defaultKind }) => {
    const target = valueAt(scaler.object, ["spec", "scaleTargetRef"]);
    if (!isObject(target) || target.name !== deployment.name) return false;
    return (target.kind ?? defaultKind) === "Deployment" && namespaceOf(scaler, defaultNamespace) === namespace;
  });
}

// rules/required-annotation.ts
var required_annotation_default = defineRule({
  id: "required-annotation",
  summary: "Objects carry the annotations the team requires, with well-formed values.",
  rationale: "Teams use annotations for facts that tools and people rely on but Kubernetes does not check: an owner's e-mail or on-call channel, a runbook link, a cost centre, a data classification. An object without them is the one nobody can find the owner of during an incident.\n\ndrydock checks the object's own `metadata.annotations` (not the pod template's) against the entries of `annotations`: `key` asks for the annotation, `key=regex` also asks that the regex match the whole value (`owner-email=.+@example\\.com`). The regex has Go's RE2 syntax (no lookaround or backreferences) and runs in linear time; one RE2 cannot compile is compared as literal text. Nothing is required until `annotations` is configured; `kinds` chooses the kinds to check (the workloads by default).",
  fix: "Add the annotation to `metadata.annotations`, with a value that matches the configured pattern; when every object of a kustomization needs it, set it once with `commonAnnotations:` in `kustomization.yaml`.",
  category: "configuration",
  severity: "warning",
  kinds: metadataPolicyKinds,
  preset: "all",
  messages: {
    missing: '{{kind}} "{{name}}" has no annotation "{{annotation}}".',
    badValue: '{{kind}} "{{name}}" has annotation "{{annotation}}" with a value that does not match the required pattern "{{pattern}}".'
  },
  options: ruleOptions(
    {
      annotations: {
        type: "array",
        items: { type: "string", minLength: 1 },
        description: "The required annotations: `key`, or `key=regex` to require a value that the regex matches in full."
      },
      kinds: {
        type: "array",
        items: { enum: [...metadataPolicyKinds] },
        description: "The kinds of objects that must carry the annotations."
      }
    },
    { annotations: [], kinds: [...workloadKinds] }
  ),
  peers: { kubeLinter: "required-annotation-email" },
  peerDifferences: 'kube-linter\'s opt-in check asks for an `email` annotation holding an e-mail address (a template lets teams configure others, one check per annotation); drydock takes a list and requires nothing until it is configured. Set `annotations: ["email=[^@\\\\s]+@[^@\\\\s]+\\\\.[^@\\\\s]+"]` to match kube-linter.',
  check({ resource, options, report }) {
    if (options.annotations.length === 0 || !options.kinds.includes(resource.kind)) return;
    const annotations = valueAt(resource.object, ["metadata", "annotations"]);
    for (const entry of options.annotations) {
      const pattern = parseMetadataPattern(entry);
      const path = ["metadata", "annotations", pattern.key];
      const data = { kind: resource.kind, name: resource.name, annotation: pattern.key };
      if (!isObject(annotations) || annotations[pattern.key] === void 0 || annotations[pattern.key] === null) {
        report({ messageId: "missing", path: missingFieldPath(resource.object, path), data });
      } else if (!metadataValueMatches(pattern, annotations[pattern.key])) {
        report({ messageId: "badValue", path, data: { ...data, pattern: pattern.valueText ?? "" } });
      }
    }
  }
});

// rules/required-label.ts
var required_label_default = defineRule({
  id: "required-label",
  summary: "Objects carry the labels the team requires.",
  rationale: "Labels are how people and tools find what an object belongs to: dashboards and cost reports group by them, `kubectl get -l` and policies select by them, and on-call needs to know who owns a failing workload. A label that only some objects carry makes all of that quietly incomplete.\n\ndrydock checks the object's own `metadata.labels` (not the pod template's) against the entries of `labels`: `key` asks for the label, `key=regex` also asks that the regex match the whole value (`team=[a-z-]+`). The regex has Go's RE2 syntax (no lookaround or backreferences) and runs in linear time; one RE2 cannot compile is compared as literal text. By default it asks the workloads for `app.kubernetes.io/name`, the first of the [recommended labels](https://kubernetes.io/docs/concepts/overview/working-with-objects/common-labels/); `kinds` chooses the kinds to check.",
  fix: "Add the label to `metadata.labels`, with a value that matches the configured pattern; when every object of a kustomization needs it, set it once with `labels:` (or `commonLabels:`) in `kustomization.yaml`.",
  category: "configuration",
  severity: "info",
  kinds: metadataPolicyKinds,
  preset: "all",
  messages: {
    missing: '{{kind}} "{{name}}" has no label "{{label}}".',
    badValue: '{{kind}} "{{name}}" has label "{{label}}" set to "{{value}}", which does not match the required pattern "{{pattern}}".'
  },
  options: ruleOptions(
    {
      labels: {
        type: "array",
        items: { type: "string", minLength: 1 },
        description: "The required labels: `key`, or `key=regex` to require a value that the regex matches in full."
      },
      kinds: {
        type: "array",
        items: { enum: [...metadataPolicyKinds] },
        description: "The kinds of objects that must carry the labels."
      }
    },
    { labels: ["app.kubernetes.io/name"], kinds: [...workloadKinds] }
  ),
  peers: { kubeLinter: "required-label-owner" },
  peerDifferences: "kube-linter's opt-in check asks for an `owner` label (a template lets teams configure others, one check per label); drydock takes a list of labels and asks for `app.kubernetes.io/name` by default. Set `labels: [owner]` to match kube-linter.",
  check({ resource, options, report }) {
    if (!options.kinds.includes(resource.kind)) return;
    const labels = valueAt(resource.object, ["metadata", "labels"]);
    for (const entry of options.labels) {
      const pattern = parseMetadataPattern(entry);
      const path = ["metadata", "labels", pattern.key];
      const data = { kind: resource.kind, name: resource.name, label: pattern.key };
      if (!isObject(labels) || labels[pattern.key] === void 0 || labels[pattern.key] === null) {
        report({ messageId: "missing", path: missingFieldPath(resource.object, path), data });
      } else if (!metadataValueMatches(pattern, labels[pattern.key])) {
        const value = labels[pattern.key];
        report({ messageId: "badValue", path, data: { ...data, value: typeof value === "string" ? value : JSON.stringify(value), pattern: pattern.valueText ?? "" } });
      }
    }
  }
});

// rules/restart-policy-not-always-or-onfailure.ts
var restart_policy_not_always_or_onfailure_default = defineRule({
  id: "restart-policy-not-always-or-onfailure",
  summary: "Pods and Jobs restart failed containers (restartPolicy Always or OnFailure, not Never).",
  rationale: "With `restartPolicy: Never` a container that crashes stays dead. A bare Pod then loses its work for good; a Job replaces the whole Pod instead, which means scheduling it again, pulling the image again and starting with empty `emptyDir` volumes, and every failed attempt stays behind as a Pod until the Job is deleted. `OnFailure` restarts the container in place, on the same node with the same volumes, with the same back-off and `backoffLimit`.",
  fix: "Set `restartPolicy: OnFailure` (or leave it unset on a bare Pod, which means `Always`). Keep `Never` only where a failed Pod must stay untouched for inspection, such as a test hook, and suppress the rule there.",
  category: "reliability",
  severity: "info",
  kinds: ["Pod", ...jobKinds],
  preset: "all",
  messages: {
    never: '"{{name}}" sets restartPolicy Never, so a failed container is not restarted.'
  },
  peers: { kubeLinter: "restart-policy" },
  peerDifferences: "kube-linter also flags Deployments, DaemonSets, ReplicaSets, StatefulSets and ReplicationControllers with `Never`, and any workload that leaves restartPolicy unset. The API server accepts only `Always` for those controllers, so drydock reports them as `api/restart-policy` (validation, not this rule); an unset policy means `Always` on a Pod and is an `api/restart-policy` error on a Job, so it is never this rule's finding.",
  check({ resource, report }) {
    const pod = podSpecOf(resource);
    if (!pod || pod.spec.restartPolicy !== "Never") return;
    report({ messageId: "never", path: [...pod.path, "restartPolicy"], data: { name: resource.name } });
  }
});

// rules/rolling-update-strategy-missing.ts
var rolling_update_strategy_missing_default = defineRule({
  id: "rolling-update-strategy-missing",
  summary: "Deployments update their Pods with a rolling update.",
  rationale: "With `strategy.type: Recreate`, a Deployment stops every old Pod before it starts any new one, so each rollout is an outage that lasts as long as the new Pods take to become ready, and a broken release leaves nothing running. The default, `RollingUpdate`, replaces Pods a few at a time and stops when new ones do not become ready.",
  fix: "Remove `spec.strategy.type` or set it to `RollingUpdate` (tuning `maxSurge` and `maxUnavailable` if needed). Keep `Recreate` only where two versions must never run at once, such as a Pod that mounts a ReadWriteOnce volume, and suppress the finding there.",
  category: "reliability",
  severity: "warning",
  kinds: ["Deployment"],
  preset: "strict",
  messages: {
    notRolling: 'Deployment "{{name}}" uses the {{strategy}} strategy rather than RollingUpdate.'
  },
  peers: { kubeLinter: "no-rolling-update-strategy", kubeScore: "deployment-strategy" },
  peerDifferences: "Like kube-score, drydock accepts an unset strategy, since the API server defaults it to RollingUpdate (kube-linter flags it). Unlike kube-score, it checks every Deployment, not only those a Service selects.",
  check({ resource, report }) {
    const type = valueAt(resource.object, ["spec", "strategy", "type"]);
    if (typeof type === "string" && type !== "RollingUpdate") {
      report({ messageId: "notRolling", path: ["spec", "strategy", "type"], data: { name: resource.name, strategy: type } });
    }
  }
});

// rules/run-as-low-uid-gid.ts
var run_as_low_uid_gid_default = defineRule({
  id: "run-as-low-uid-gid",
  summary: "Containers run with a high, explicit user and group ID.",
  rationale: "Low IDs are the ones the node uses for its own users and system services. A container that escapes as such a user, or writes to a host mount, acts with that user's rights on the node; a UID and GID of 10000 or more match no account there. Setting both explicitly also stops the image from choosing.",
  fix: "Set `securityContext.runAsUser` and `securityContext.runAsGroup` to values of 10000 or more, on the pod or on each container.",
  category: "security",
  severity: "warning",
  kinds: workloadKinds,
  preset: "all",
  messages: {
    noSecurityContext: 'Container "{{container}}" has no securityContext, so it runs with the user and group of its image.',
    uidMissing: 'Container "{{container}}" does not set runAsUser.',
    uidLow: 'Container "{{container}}" runs as UID {{id}}, below {{minimum}}.',
    gidMissing: 'Container "{{container}}" does not set runAsGroup.',
    gidLow: 'Container "{{container}}" runs with GID {{id}}, below {{minimum}}.'
  },
  options: ruleOptions(
    {
      minimumUid: { type: "integer", minimum: 0, description: "The lowest acceptable runAsUser." },
      minimumGid: { type: "integer", minimum: 0, description: "The lowest acceptable runAsGroup." }
    },
    { minimumUid: 1e4, minimumGid: 1e4 }
  ),
  peers: { kubeScore: "container-security-context-user-group-id" },
  check({ resource, options, report }) {
    const pod = podSpecOf(resource);
    for (const container of containersOf(resource)) {
      if (container.kind === "ephemeral") continue;
      const context = effectiveSecurityContext(pod, container);
      const data = { container: container.name };
      if (!context.isDeclared) {
        report({ messageId: "noSecurityContext", path: context.missingPath("runAsUser"), data });
        continue;
      }
      const checks = [
        { field: "runAsUser", minimum: options.minimumUid, missing: "uidMissing", low: "uidLow" },
        { field: "runAsGroup", minimum: options.minimumGid, missing: "gidMissing", low: "gidLow" }
      ];
      for (const { field, minimum, missing, low } of checks) {
        const setting = context.get(field);
        if (setting === void 0) report({ messageId: missing, path: context.missingPath(field), data });
        else if (typeof setting.value === "number" && setting.value < minimum) {
          report({ messageId: low, path: setting.path, data: { ...data, id: setting.value, minimum } });
        }
      }
    }
  }
});

// rules/run-as-root.ts
var run_as_root_default = defineRule({
  id: "run-as-root",
  summary: "Containers are made to run as a non-root user.",
  rationale: "Most images run as root unless told otherwise. Root in a container is root on the node as far as the kernel is concerned: one container escape or writable host mount away from owning it. `runAsNonRoot: true` makes the kubelet refuse to start a container whose user would be UID 0.",
  fix: "Set `securityContext.runAsNonRoot: true` (on the pod or the container) and a non-zero `runAsUser`, and build the image with a `USER` that owns only what it must write.",
  category: "security",
  severity: "warning",
  kinds: workloadKinds,
  preset: "strict",
  messages: {
    rootUser: 'Container "{{container}}" runs as UID 0 (root).',
    rootGroup: 'Container "{{container}}" runs with GID 0 (the root group).',
    nonRootDisabled: 'Container "{{container}}" sets runAsNonRoot to false and no non-zero runAsUser, so it may run as root.',
    missing: 'Container "{{container}}" sets neither runAsNonRoot: true nor a non-zero runAsUser, so it may run as root.'
  },
  peers: { kubeLinter: "run-as-non-root", polaris: "runAsRootAllowed" },
  peerDifferences: "Like kube-linter (and unlike Polaris), drydock also flags an explicit `runAsGroup: 0`.",
  check({ resource, report }) {
    const pod = podSpecOf(resource);
    for (const container of containersOf(resource)) {
      if (container.kind === "ephemeral") continue;
      const data = { container: container.name };
      const context = effectiveSecurityContext(pod, container);
      const user = context.get("runAsUser");
      const nonRoot = context.get("runAsNonRoot");
      if (user?.value === 0) report({ messageId: "rootUser", path: user.path, data });
      else if (!(typeof user?.value === "number" && user.value > 0) && nonRoot?.value !== true) {
        if (nonRoot?.value === false) report({ messageId: "nonRootDisabled", path: nonRoot.path, data });
        else report({ messageId: "missing", path: context.missingPath("runAsNonRoot"), data });
      }
      const group = context.get("runAsGroup");
      if (group?.value === 0) report({ messageId: "rootGroup", path: group.path, data });
    }
  }
});

// rules/sa-token-automount.ts
var sa_token_automount_default = defineRule({
  id: "sa-token-automount",
  summary: "Pods mount a service account token only when they call the Kubernetes API.",
  rationale: "Kubernetes mounts a token of the pod's service account into every container unless told not to. Most applications never call the API server, and for them the token only helps an attacker who gets into the container to talk to the cluster with the pod's permissions.",
  fix: "Set `automountServiceAccountToken: false` in the pod spec, or on the ServiceAccount the pod uses; pods that call the API can keep the token, with the rule exempted for them.",
  category: "security",
  severity: "warning",
  kinds: workloadKinds,
  preset: "strict",
  messages: {
    enabled: "The pod sets automountServiceAccountToken to true.",
    notDisabled: 'The pod mounts the token of service account "{{serviceAccount}}": neither the pod nor the ServiceAccount sets automountServiceAccountToken to false.'
  },
  peers: { polaris: "automountServiceAccountToken" },
  check({ resource, resources, defaultNamespace, report }) {
    const pod = podSpecOf(resource);
    if (!pod) return;
    const own = pod.spec.automountServiceAccountToken;
    if (own === false) return;
    if (own === true) {
      report({ messageId: "enabled", path: [...pod.path, "automountServiceAccountToken"] });
      return;
    }
    const named = [pod.spec.serviceAccountName, pod.spec.serviceAccount].find((name) => typeof name === "string" && name !== "");
    const serviceAccount = typeof named === "string" ? named : "default";
    const namespace = namespaceOf(resource, defaultNamespace);
    const account = resources.ofKind("ServiceAccount").find((sa) => sa.name === serviceAccount && namespaceOf(sa, defaultNamespace) === namespace);
    if (account?.object.automountServiceAccountToken === false) return;
    report({ messageId: "notDisabled", path: [...pod.path, "automountServiceAccountToken"], data: { serviceAccount } });
  }
});

// rules/seccomp-profile-missing.ts
var podAnnotations = ["seccomp.security.alpha.kubernetes.io/pod", "seccomp.security.alpha.kubernetes.io/defaultProfileName"];
var containerAnnotationPrefix = "container.seccomp.security.alpha.kubernetes.io/";
var seccomp_profile_missing_default = defineRule({
  id: "seccomp-profile-missing",
  summary: "A seccomp profile confines every container.",
  rationale: "Without a seccomp profile a container may make any of the kernel's several hundred system calls, including the rarely needed ones most container escapes go through. Kubernetes runs containers `Unconfined` unless a profile is set (or the kubelet is started with `--seccomp-default`).",
  fix: "Set `securityContext.seccompProfile: {type: RuntimeDefault}` in the pod spec (or `Localhost` with a profile of your own), so every container inherits it.",
  category: "security",
  severity: "warning",
  kinds: workloadKinds,
  preset: "strict",
  messages: {
    podMissing: "No seccomp profile is set for the pod or any of its containers.",
    containerMissing: 'Container "{{container}}" has no seccomp profile, on its own or from the pod.',
    unconfined: 'Container "{{container}}" runs with the Unconfined seccomp profile.'
  },
  peers: { kubeScore: "container-seccomp-profile" },
  peerDifferences: "kube-score looks at regular containers only and accepts any profile; drydock also checks init containers and flags `type: Unconfined`, which is the same as having no profile.",
  check({ resource, report }) {
    const pod = podSpecOf(resource);
    if (!pod) return;
    const annotations = valueAt(resource.object, [...podTemplatePath(resource.kind) ?? [], "metadata", "annotations"]);
    const annotated = (key) => isObject(annotations) && typeof annotations[key] === "string" && annotations[key] !== "unconfined";
    if (podAnnotations.some(annotated)) return;
    const containers = containersOf(resource).filter((c) => c.kind !== "ephemeral");
    const missing = [];
    for (const container of containers) {
      const profile = effectiveSecurityContext(pod, container).get("seccompProfile");
      if (profile === void 0) {
        if (!annotated(containerAnnotationPrefix + container.name)) missing.push(container);
      } else if (isObject(profile.value) && profile.value.type === "Unconfined") {
        report({ messageId: "unconfined", path: [...profile.path, "type"], data: { container: container.name } });
      }
    }
    if (missing.length > 0 && missing.length === containers.length) {
      report({ messageId: "podMissing", path: podContextPath(resource, pod) });
    } else {
      for (const container of missing) {
        report({ messageId: "containerMissing", path: effectiveSecurityContext(pod, container).missingPath("seccompProfile"), data: { container: container.name } });
      }
    }
  }
});
function podContextPath(resource, pod) {
  const context = valueAt(resource.object, [...pod.path, "securityContext"]);
  return isObject(context) ? [...pod.path, "securityContext", "seccompProfile"] : [...pod.path, "securityContext"];
}

// rules/secret-from-env-ref.ts
var secret_from_env_ref_default = defineRule({
  id: "secret-from-env-ref",
  summary: "Containers read Secrets from mounted files, not from environment variables.",
  rationale: "Environment variables leak more easily than files: they are inherited by every child process, show up in `/proc/<pid>/environ`, crash dumps, debug endpoints and error reports that print the environment, and are often logged by frameworks at start-up. They also never change while the container runs, so a rotated Secret needs a restart. A Secret volume is readable only through its mount path, can be limited with `defaultMode`, and is updated in place.",
  fix: "Mount the Secret as a volume (`volumes[].secret` with a `volumeMounts` entry, `readOnly: true`) and have the application read the file; many libraries accept a `*_FILE` variable that names the file instead of the value.",
  category: "security",
  severity: "info",
  kinds: workloadKinds,
  preset: "all",
  messages: {
    envVar: 'Container "{{container}}" reads Secret "{{secret}}" into the environment variable "{{variable}}".',
    envFrom: 'Container "{{container}}" loads every key of Secret "{{secret}}" into its environment.'
  },
  peers: { kubeLinter: "read-secret-from-env-var" },
  check({ resource, report }) {
    for (const container of containersOf(resource)) {
      const { env, envFrom } = container.spec;
      if (Array.isArray(env)) {
        env.forEach((variable, index) => {
          if (!isObject(variable) || !isObject(variable.valueFrom) || !isObject(variable.valueFrom.secretKeyRef)) return;
          const ref = variable.valueFrom.secretKeyRef;
          report({
            messageId: "envVar",
            path: [...container.path, "env", index, "valueFrom", "secretKeyRef"],
            data: { container: container.name, secret: nameOf(ref), variable: typeof variable.name === "string" ? variable.name : "" }
          });
        });
      }
      if (Array.isArray(envFrom)) {
        envFrom.forEach((source, index) => {
          if (!isObject(source) || !isObject(source.secretRef)) return;
          report({ messageId: "envFrom", path: [...container.path, "envFrom", index, "secretRef"], data: { container: container.name, secret: nameOf(source.secretRef) } });
        });
      }
    }
  }
});
function nameOf(ref) {
  return typeof ref.name === "string" ? ref.name : "";
}

// rules/secret-in-configmap.ts
var secret_in_configmap_default = defineRule({
  id: "secret-in-configmap",
  summary: "ConfigMaps hold no credentials.",
  rationale: "ConfigMaps are readable by anyone who may read configuration in the namespace, are printed by `kubectl describe`, and are not encrypted at rest by default. A password, token or private key kept there leaks far more easily than one kept in a Secret.",
  fix: "Move the value into a Secret (or an external secret store) and reference it with `secretKeyRef` or a Secret volume; keep only non-sensitive settings in the ConfigMap.",
  category: "security",
  severity: "warning",
  kinds: ["ConfigMap"],
  preset: "recommended",
  messages: {
    secretKey: 'ConfigMap "{{name}}" has a key "{{key}}" that looks like a credential.',
    privateKeyValue: 'ConfigMap "{{name}}" holds a private key under "{{key}}".'
  },
  options: ruleOptions(
    {
      ignoreKeys: { type: "array", items: { type: "string" }, description: "Key names that are not credentials here, such as `token-ttl`." }
    },
    { ignoreKeys: [] }
  ),
  peers: { polaris: "sensitiveConfigmapContent" },
  peerDifferences: "Polaris flags every key whose name mentions a secret; drydock, as for env vars (secret-in-env-literal), skips keys that say where a secret is or what it is called (`*-secret-name`, `*-secret-namespace`, `*-path`\u2026) or set something about it (`require-*`, `max-*`, `*-version`\u2026), and values that cannot be a credential: empty, a boolean, a short number, an absolute path or a template placeholder.",
  check({ resource, options, report }) {
    const data = resource.object.data;
    if (!isObject(data)) return;
    for (const [key, value] of Object.entries(data)) {
      if (options.ignoreKeys.includes(key)) continue;
      if (typeof value === "string" && holdsPrivateKey(value)) report({ messageId: "privateKeyValue", path: ["data", key], target: "key", data: { name: resource.name, key } });
      else if (typeof value === "string" && looksLikeCredentialName(key) && couldBeCredentialValue(value)) report({ messageId: "secretKey", path: ["data", key], target: "key", data: { name: resource.name, key } });
    }
  }
});

// rules/secret-in-env-literal.ts
var secret_in_env_literal_default = defineRule({
  id: "secret-in-env-literal",
  summary: "Secrets reach containers through Secret references, not literal env values.",
  rationale: "A literal `value` is stored in the manifest, in Git, in the workload object that anyone with read access to it can see, and in every tool that prints it. A `valueFrom.secretKeyRef` keeps the value in a Secret, whose access RBAC can restrict and which can be rotated without a new manifest.",
  fix: "Move the value into a Secret and reference it with `valueFrom.secretKeyRef` (or mount the Secret as a file), then rotate the credential, since it has already been exposed. If the variable holds no secret, list its name in `ignoreNames`.",
  category: "security",
  severity: "warning",
  kinds: workloadKinds,
  preset: "recommended",
  messages: {
    sensitiveName: 'Container "{{container}}" sets env var "{{name}}", whose name suggests a secret, to a literal value.',
    privateKey: 'Container "{{container}}" has a private key written inline in env var "{{name}}".'
  },
  options: ruleOptions(
    {
      ignoreNames: { type: "array", items: { type: "string" }, description: "Env var names that look sensitive but hold no secret." }
    },
    { ignoreNames: [] }
  ),
  peers: { kubeLinter: "env-var-secret", polaris: "sensitiveContainerEnvVar" },
  peerDifferences: "drydock combines the name patterns of kube-linter (`secret`) and Polaris (password, token, bearer, cloud keys), and skips names that describe where a secret is rather than holding it (`*_FILE`, `*_PATH`, `*_URL`, `*_NAME`, `*_ID`\u2026) or set something about it (`MAX_*`, `*_COUNT`, `*_VERSION`, `*_ALLOW_*`\u2026), and values that are absolute paths, booleans, short numbers, variable references or template placeholders.",
  check({ resource, options, report }) {
    for (const container of containersOf(resource)) {
      const env = container.spec.env;
      if (!Array.isArray(env)) continue;
      env.forEach((entry, index) => {
        if (!isObject(entry) || typeof entry.name !== "string" || typeof entry.value !== "string") return;
        if (entry.value.trim() === "" || options.ignoreNames.includes(entry.name)) return;
        const path = [...container.path, "env", index, "value"];
        const data = { container: container.name, name: entry.name };
        if (holdsPrivateKey(entry.value)) report({ messageId: "privateKey", path, data });
        else if (looksLikeCredentialName(entry.name) && couldBeCredentialValue(entry.value)) report({ messageId: "sensitiveName", path, data });
      });
    }
  }
});

// rules/sensitive-host-mount.ts
var defaultPaths = ["/", "/boot", "/dev", "/etc", "/lib", "/proc", "/sys", "/usr", "/var/run", "/run", "/var/lib/kubelet", "/root"];
var sensitive_host_mount_default = defineRule({
  id: "sensitive-host-mount",
  summary: "Containers do not mount sensitive host directories.",
  rationale: "Mounting a node directory such as `/etc`, `/proc`, `/sys` or the kubelet's state gives the container the node's credentials, kernel interfaces and the means to change the node itself: a compromise of the container becomes a compromise of the node.",
  fix: "Mount only the specific files the container needs, read-only, or use a ConfigMap, Secret or emptyDir volume instead of a `hostPath`.",
  category: "security",
  severity: "error",
  kinds: workloadKinds,
  preset: "recommended",
  messages: {
    sensitive: 'Container "{{container}}" mounts the host directory "{{hostPath}}".'
  },
  options: ruleOptions(
    {
      paths: { type: "array", items: { type: "string" }, description: "Host paths that count as sensitive (exact matches, after removing a trailing slash)." }
    },
    { paths: defaultPaths }
  ),
  peers: { kubeLinter: "sensitive-host-mounts" },
  peerDifferences: "kube-linter knows `/`, `/boot`, `/dev`, `/etc`, `/lib`, `/proc`, `/sys` and `/usr`; drydock adds `/run`, `/var/run`, `/var/lib/kubelet` and `/root` by default (the `paths` option restores kube-linter's list).",
  check({ resource, options, report }) {
    for (const { container, path, hostPath } of hostPathMountsOf(resource)) {
      if (typeof hostPath !== "string") continue;
      const normalized = hostPath.length > 1 ? trimTrailingSlashes(hostPath) : hostPath;
      if (options.paths.includes(normalized)) report({ messageId: "sensitive", path: [...path, "name"], data: { container: container.name, hostPath } });
    }
  }
});

// rules/service-account-missing.ts
var service_account_missing_default = defineRule({
  id: "service-account-missing",
  summary: "The ServiceAccount a pod spec names is in the input.",
  rationale: "The API server refuses to create Pods for a ServiceAccount that does not exist, so the workload's controller keeps failing with `serviceaccount \"\u2026\" not found` and no Pod starts.\n\ndrydock looks for a ServiceAccount of that name in the workload's namespace of the input. `default`, which every namespace has, and names in `ignore` are skipped. It only reports when the input contains other objects of the workload's namespace, so a workload linted on its own stays quiet; set `reportWhen: always` to report it anyway. The name is read from `serviceAccountName`, or from the deprecated `serviceAccount` when that is the only one set.",
  fix: "Add the ServiceAccount to the manifests, or correct `serviceAccountName`.",
  category: "configuration",
  severity: "warning",
  kinds: workloadKinds,
  preset: "recommended",
  messages: {
    missing: 'ServiceAccount "{{name}}" is not in namespace "{{namespace}}" of the input.'
  },
  options: missingObjectOptionsWithIgnore(
    "When to report: `namespaceInInput` (the input contains other objects of the workload's namespace) or `always`.",
    "ServiceAccount names to skip, such as ones a platform creates in every namespace."
  ),
  peers: { kubeLinter: "non-existent-service-account" },
  peerDifferences: "kube-linter reports whatever else the input holds; drydock only reports when the input contains other objects of the workload's namespace (`reportWhen`).",
  check({ resource, resources, defaultNamespace, options, report }) {
    const pod = podSpecOf(resource);
    if (!pod) return;
    const field = typeof pod.spec.serviceAccountName === "string" && pod.spec.serviceAccountName !== "" ? "serviceAccountName" : "serviceAccount";
    const name = pod.spec[field];
    if (typeof name !== "string" || name === "" || name === "default" || options.ignore.includes(name)) return;
    const namespace = namespaceOf(resource, defaultNamespace);
    if (ofKindIn(resources, "ServiceAccount", namespace, defaultNamespace).some((sa) => sa.name === name)) return;
    if (options.reportWhen !== "always" && !namespaceHasOtherObjects(resource, resources, namespace, defaultNamespace)) return;
    report({ messageId: "missing", path: [...pod.path, field], data: { name, namespace } });
  }
});

// rules/service-selects-no-pods.ts
var service_selects_no_pods_default = defineRule({
  id: "service-selects-no-pods",
  summary: "A Service selector matches the Pods of some workload in its namespace.",
  rationale: "A Service whose selector matches no Pod has no endpoints: every connection to it fails, usually because of a typo in a label or a workload deployed to another namespace.\n\ndrydock compares the selector with the pod template labels of the workloads (Pods, Deployments, StatefulSets, DaemonSets, ReplicaSets, ReplicationControllers, Jobs, CronJobs) in the same namespace of the input, counting the labels controllers add to each Pod (a StatefulSet's `statefulset.kubernetes.io/pod-name`, a Job's `job-name`), and a custom resource of the namespace that carries the selected labels (an operator's Prometheus or Alertmanager, whose Pods get its labels) as a workload. By default it only reports when the input contains at least one workload, in any namespace, so a file of Services linted on its own stays quiet while a Service left in the wrong namespace is still caught; the `reportWhen` option changes this. Services without a selector (their endpoints are managed by hand) and `ExternalName` Services are exempt.",
  fix: "Make `spec.selector` match the pod template labels of the workload the Service fronts, and put both in the same namespace.",
  category: "networking",
  severity: "warning",
  kinds: ["Service"],
  preset: "recommended",
  messages: {
    noPods: 'Service "{{service}}" selects {{selector}}, which no workload in namespace "{{namespace}}" carries.'
  },
  options: selectionOptions(
    "When to report: `inputHasWorkloads` (the input contains some workload), `namespaceHasWorkloads` (it contains one in the Service's namespace) or `always`."
  ),
  peers: { kubeLinter: "dangling-service", kubeScore: "service-targets-pod" },
  peerDifferences: "kube-linter also reports a Service without a selector; drydock, like kube-score, exempts it, since its endpoints are managed by hand or by a controller. Both peers report whatever else the input holds; drydock by default only reports when the input contains at least one workload (`reportWhen`).",
  check({ resource, resources, defaultNamespace, options, report }) {
    const spec = resource.object.spec;
    if (!isObject(spec) || spec.type === "ExternalName") return;
    const selector = spec.selector;
    if (!isObject(selector) || Object.keys(selector).length === 0) return;
    const namespace = namespaceOf(resource, defaultNamespace);
    if (!shouldJudgeSelection(options.reportWhen, resources, namespace, defaultNamespace)) return;
    if (podCreatorsSelectedBy(resources, namespace, defaultNamespace, selector).length > 0) return;
    if (operatorResourcesMatching(resources, namespace, defaultNamespace, (labels) => mapMatches(selector, labels)).length > 0) return;
    const text = Object.entries(selector).map(([key, value]) => `${key}=${String(value)}`).join(",");
    report({ messageId: "noPods", path: ["spec", "selector"], data: { service: resource.name, selector: text, namespace } });
  }
});

// rules/service-target-port-missing.ts
var service_target_port_missing_default = defineRule({
  id: "service-target-port-missing",
  summary: "Every Service targetPort is a port that the selected containers expose.",
  rationale: "A Service forwards each port to its `targetPort` on the selected Pods (to `port` when `targetPort` is unset). A named `targetPort` that no container port carries gives the Service no endpoints for that port, and a number the containers do not listen on makes every connection fail.\n\ndrydock looks at the containers of the workloads in the input that the Service selects (same namespace); when it selects none, `service-selects-no-pods` reports that instead. A named `targetPort` must match the `name` of a container port of one of them. Since `containerPort` lists are informational and many manifests leave them out, a numeric `targetPort` is only checked when the selected containers declare at least one port, unless `checkWhenNoPortsDeclared` is on.",
  fix: "Point `targetPort` at a port the container declares (by its `name` or its `containerPort` number), or declare the port in the container's `ports` list.",
  category: "networking",
  severity: "warning",
  kinds: ["Service"],
  preset: "recommended",
  messages: {
    namedPortMissing: 'Service port {{port}} targets the port named "{{target}}", which no container selected by Service "{{service}}" declares.',
    numberedPortMissing: 'Service port {{port}} targets port {{target}}, which no container selected by Service "{{service}}" declares.'
  },
  options: ruleOptions(
    {
      checkWhenNoPortsDeclared: {
        type: "boolean",
        description: "Also check numeric targetPorts when the selected containers declare no ports at all."
      }
    },
    { checkWhenNoPortsDeclared: false }
  ),
  check({ resource, resources, defaultNamespace, options, report }) {
    const spec = resource.object.spec;
    if (!isObject(spec) || spec.type === "ExternalName" || !Array.isArray(spec.ports)) return;
    const selector = spec.selector;
    if (!isObject(selector) || Object.keys(selector).length === 0) return;
    const namespace = namespaceOf(resource, defaultNamespace);
    const selected = podCreatorsSelectedBy(resources, namespace, defaultNamespace, selector);
    if (selected.length === 0) return;
    const names = /* @__PURE__ */ new Set();
    const numbers = /* @__PURE__ */ new Set();
    for (const workload of selected) {
      for (const container of containersOf(workload)) {
        if (container.kind === "ephemeral" || !Array.isArray(container.spec.ports)) continue;
        for (const port of container.spec.ports) {
          if (!isObject(port)) continue;
          if (typeof port.name === "string") names.add(port.name);
          if (typeof port.containerPort === "number") numbers.add(port.containerPort);
        }
      }
    }
    spec.ports.forEach((port, index) => {
      if (!isObject(port)) return;
      const target = port.targetPort ?? port.port;
      const label = typeof port.name === "string" && port.name !== "" ? `"${port.name}"` : String(port.port);
      const path = ["spec", "ports", index, "targetPort"];
      const data = { port: label, target: String(target), service: resource.name };
      if (typeof target === "string" && target !== "") {
        if (!names.has(target)) report({ messageId: "namedPortMissing", path, data });
      } else if (typeof target === "number") {
        if (numbers.size === 0 && !options.checkWhenNoPortsDeclared) return;
        if (!numbers.has(target)) report({ messageId: "numberedPortMissing", path, data });
      }
    });
  }
});

// rules/service-type-exposed.ts
var service_type_exposed_default = defineRule({
  id: "service-type-exposed",
  summary: "Services are not exposed outside the cluster through NodePort or LoadBalancer.",
  rationale: "A `NodePort` Service opens its port on every node, and a `LoadBalancer` Service usually gets a public address: both bypass the Ingress or gateway where TLS, authentication and rate limits are enforced, and a `NodePort` also takes a port from a small shared range.\n\ndrydock reports the Service types listed in `types` (`NodePort` and `LoadBalancer` by default). The Service of an ingress controller or gateway is the usual exception: list it in `ignore`.",
  fix: "Use `type: ClusterIP` and expose the Service through an Ingress or Gateway; if it must be reachable from outside, restrict it (`loadBalancerSourceRanges`, an internal load balancer annotation) and list it in `ignore`.",
  category: "networking",
  severity: "warning",
  kinds: ["Service"],
  preset: "strict",
  messages: {
    exposed: 'Service "{{service}}" has type {{type}}, which exposes it outside the cluster.'
  },
  options: ruleOptions(
    {
      types: { type: "array", items: { enum: ["NodePort", "LoadBalancer"] }, uniqueItems: true, description: "The Service types to report." },
      ignore: { type: "array", items: { type: "string" }, description: "Service names to skip, such as an ingress controller's." }
    },
    { types: ["NodePort", "LoadBalancer"], ignore: [] }
  ),
  peers: { kubeLinter: "exposed-services", kubeScore: "service-type" },
  peerDifferences: "kube-score only reports `NodePort`; drydock, like kube-linter, also reports `LoadBalancer` by default (`types: [NodePort]` matches kube-score).",
  check({ resource, options, report }) {
    const type = valueAt(resource.object, ["spec", "type"]);
    if (typeof type === "string" && options.types.includes(type) && !options.ignore.includes(resource.name)) {
      report({ messageId: "exposed", path: ["spec", "type"], data: { service: resource.name, type } });
    }
  }
});

// rules/servicemonitor-selects-no-services.ts
var apiServerService = { namespace: "default", labels: { component: "apiserver", provider: "kubernetes" } };
function watchedNamespaces(namespaceSelector, own) {
  if (!isObject(namespaceSelector)) return [own];
  if (namespaceSelector.any === true) return void 0;
  const names = Array.isArray(namespaceSelector.matchNames) ? namespaceSelector.matchNames.filter((n) => typeof n === "string") : [];
  return names.length > 0 ? names : [own];
}
var servicemonitor_selects_no_services_default = defineRule({
  id: "servicemonitor-selects-no-services",
  summary: "A Prometheus Operator ServiceMonitor selects some Service of the input.",
  rationale: "A ServiceMonitor tells Prometheus which Services to scrape. When its `selector` matches no Service label set in the namespaces it looks in, Prometheus scrapes nothing and no alert fires: the gap shows only when someone looks for a metric that is not there. The usual causes are a label typo, a label renamed on the Service, and a ServiceMonitor deployed to another namespace than the Service without a `namespaceSelector`.\n\ndrydock matches `spec.selector` (`matchLabels` and `matchExpressions`; an empty selector matches every Service) against the `metadata.labels` of the Services in the namespaces the ServiceMonitor watches: those in `namespaceSelector.matchNames`, every namespace with `namespaceSelector.any: true`, and otherwise its own namespace, as the Prometheus Operator does. By default it only reports when the input contains at least one Service in a watched namespace, so a file of ServiceMonitors linted on its own stays quiet; the `reportWhen` option changes this. The `kubernetes` Service of the API server in `default` is always taken to exist, and ServiceMonitors that only watch namespaces listed in `ignoreNamespaces` (by default `kube-system`, whose Services the cluster and its add-ons create) are not judged.",
  fix: "Make `spec.selector` match the labels of the Service that exposes the metrics port, and, when that Service lives in another namespace, name it in `spec.namespaceSelector.matchNames`.",
  category: "configuration",
  severity: "warning",
  kinds: ["ServiceMonitor"],
  preset: "recommended",
  messages: {
    noServices: 'ServiceMonitor "{{monitor}}" selects no Service in namespace {{namespaces}}.',
    noServicesAnywhere: 'ServiceMonitor "{{monitor}}" selects no Service in any namespace of the input.'
  },
  options: ruleOptions(
    {
      reportWhen: {
        enum: ["inputHasServices", "namespaceHasServices", "always"],
        description: "When to report: `inputHasServices` (the input contains some Service), `namespaceHasServices` (it contains one in a namespace the ServiceMonitor watches) or `always`."
      },
      ignoreNamespaces: {
        type: "array",
        items: { type: "string" },
        description: "Namespaces whose Services are created by the cluster rather than by manifests; a ServiceMonitor that watches only these is not judged."
      }
    },
    { reportWhen: "namespaceHasServices", ignoreNamespaces: ["kube-system"] }
  ),
  peers: { kubeLinter: "dangling-servicemonitor" },
  peerDifferences: "kube-linter looks for Services in every namespace when `namespaceSelector` is absent; drydock, like the Prometheus Operator, looks only in the ServiceMonitor's own namespace. kube-linter also reports whatever else the input holds; drydock by default only reports when the input contains a Service in a watched namespace (`reportWhen`), knows the API server's `kubernetes` Service, and skips `kube-system` (`ignoreNamespaces`).",
  check({ resource, resources, defaultNamespace, options, report }) {
    if (splitApiVersion(resource.apiVersion).group !== "monitoring.coreos.com") return;
    const spec = resource.object.spec;
    if (!isObject(spec)) return;
    const allServices = resources.ofKind("Service");
    if (options.reportWhen !== "always" && allServices.length === 0) return;
    const namespaces = watchedNamespaces(spec.namespaceSelector, namespaceOf(resource, defaultNamespace));
    if (namespaces?.every((ns) => options.ignoreNamespaces.includes(ns))) return;
    const candidates = namespaces === void 0 ? allServices : namespaces.flatMap((ns) => ofKindIn(resources, "Service", ns, defaultNamespace));
    if (options.reportWhen === "namespaceHasServices" && candidates.length === 0) return;
    const selector = spec.selector ?? {};
    if ((namespaces === void 0 || namespaces.includes(apiServerService.namespace)) && selectorMatches(selector, apiServerService.labels)) return;
    if (candidates.some((service) => selectorMatches(selector, labelsOf(valueAt(service.object, ["metadata", "labels"]))))) return;
    const path = spec.selector === void 0 && spec.namespaceSelector !== void 0 ? ["spec", "namespaceSelector"] : ["spec", "selector"];
    if (namespaces === void 0) {
      report({ messageId: "noServicesAnywhere", path, data: { monitor: resource.name } });
      return;
    }
    report({ messageId: "noServices", path, data: { monitor: resource.name, namespaces: namespaces.map((ns) => `"${ns}"`).join(" or ") } });
  }
});

// rules/ssh-port-exposed.ts
var ssh_port_exposed_default = defineRule({
  id: "ssh-port-exposed",
  summary: "Containers do not expose the SSH port.",
  rationale: "An SSH server in a container is a second way in, with its own credentials to leak and patch, and it bypasses the audit trail of `kubectl exec`. Containers should run one application and be debugged through the Kubernetes API.",
  fix: "Remove the SSH server and port 22 from the container; use `kubectl exec` or `kubectl debug` to get a shell.",
  category: "security",
  severity: "warning",
  kinds: workloadKinds,
  preset: "recommended",
  messages: {
    sshPort: 'Container "{{container}}" exposes port 22/TCP (SSH).'
  },
  peers: { kubeLinter: "ssh-port" },
  check({ resource, report }) {
    for (const container of containersOf(resource)) {
      if (container.kind === "ephemeral" || !Array.isArray(container.spec.ports)) continue;
      container.spec.ports.forEach((port, index) => {
        if (!isObject(port) || port.containerPort !== 22) return;
        if (port.protocol !== void 0 && port.protocol !== null && port.protocol !== "TCP") return;
        report({ messageId: "sshPort", path: [...container.path, "ports", index, "containerPort"], data: { container: container.name } });
      });
    }
  }
});

// rules/startup-probe-port-not-exposed.ts
var startup_probe_port_not_exposed_default = defineRule({
  id: "startup-probe-port-not-exposed",
  summary: "A startupProbe targets a TCP port its container declares.",
  rationale: "A named probe port is resolved against the container's own `ports`: when no TCP port has that name the probe can never succeed and the kubelet kills the container once the startup budget is spent, so it never starts. A number that is not among the declared ports usually means the probe and the server drifted apart, and the port list, which tools and readers rely on, is wrong.",
  fix: "Point `startupProbe` at a port listed in the container's `ports` (by name or number), or add the port the server really listens on to `ports` with protocol TCP.",
  category: "reliability",
  severity: "warning",
  kinds: workloadKinds,
  preset: "recommended",
  messages: probePortMessages("startupProbe"),
  peers: { kubeLinter: "startup-port" },
  peerDifferences: "kube-linter looks at regular containers only; drydock also checks restartable init containers (sidecars), the only init containers that may have probes. A numbered port of a `hostNetwork` Pod needs no declaration (the process listens on the node), so drydock does not flag it.",
  check: probePortCheck("startupProbe")
});

// rules/statefulset-service-name-invalid.ts
var statefulset_service_name_invalid_default = defineRule({
  id: "statefulset-service-name-invalid",
  summary: "A StatefulSet's serviceName names a headless Service that selects its Pods.",
  rationale: "A StatefulSet gives each Pod a stable DNS name (`<pod>.<serviceName>.<namespace>.svc`) through the headless Service named in `serviceName`. If that Service is missing, is not headless (`clusterIP: None`) or selects other Pods, the Pods get no per-Pod DNS records and peers cannot find each other.\n\ndrydock looks for the Service in the StatefulSet's namespace of the input, and only when the input contains other objects of that namespace (the Service may be managed elsewhere).",
  fix: "Create a Service with `clusterIP: None` whose selector matches the StatefulSet's pod labels, and name it in `spec.serviceName`.",
  category: "networking",
  severity: "warning",
  kinds: ["StatefulSet"],
  preset: "strict",
  messages: {
    missing: 'StatefulSet "{{name}}" has no serviceName.',
    serviceMissing: 'Service "{{service}}" named by StatefulSet "{{name}}" is not in namespace "{{namespace}}" of the input.',
    notHeadless: 'Service "{{service}}" named by StatefulSet "{{name}}" is not headless (clusterIP: None).',
    selectsOthers: 'Service "{{service}}" named by StatefulSet "{{name}}" does not select its Pods.'
  },
  peers: { kubeScore: "statefulset-has-servicename" },
  peerDifferences: "kube-score judges every StatefulSet; drydock reports a missing Service only when the input holds other objects of the namespace, and leaves an empty `serviceName` to the API server where 1.33+ rejects it.",
  check({ resource, resources, defaultNamespace, report }) {
    const spec = resource.object.spec;
    if (!isObject(spec)) return;
    const data = { name: resource.name };
    const service = spec.serviceName;
    if (typeof service !== "string" || service === "") {
      report({ messageId: "missing", path: ["spec", "serviceName"], data });
      return;
    }
    const namespace = namespaceOf(resource, defaultNamespace);
    const target = findInNamespace(resources, "Service", service, namespace, defaultNamespace);
    const at = ["spec", "serviceName"];
    if (!target) {
      if (namespaceHasOtherObjects(resource, resources, namespace, defaultNamespace)) {
        report({ messageId: "serviceMissing", path: at, data: { ...data, service, namespace } });
      }
      return;
    }
    const targetSpec = isObject(target.object.spec) ? target.object.spec : {};
    if (targetSpec.clusterIP !== "None") report({ messageId: "notHeadless", path: at, data: { ...data, service } });
    else if (!isObject(targetSpec.selector) || !mapMatches(targetSpec.selector, podLabelsOf(resource))) {
      report({ messageId: "selectsOthers", path: at, data: { ...data, service } });
    }
  }
});

// rules/topology-spread-invalid.ts
var topology_spread_invalid_default = defineRule({
  id: "topology-spread-invalid",
  summary: "Each topologySpreadConstraint selects the Pods it spreads.",
  rationale: "A spread constraint without a `labelSelector` counts no Pods in any domain, so the skew is always zero and the constraint spreads nothing: the replicas can still all land in one zone, while the manifest suggests otherwise. The API server accepts such a constraint. The settings it rejects (`maxSkew` or `minDomains` below 1, `minDomains` with `ScheduleAnyway`, an empty `topologyKey`, an unknown `whenUnsatisfiable`, a repeated key and policy) are reported by validation as `api/topology-spread`.",
  fix: "Give every constraint a `labelSelector` that matches the pod template's own labels (optionally with `matchLabelKeys: [pod-template-hash]`).",
  category: "scheduling",
  severity: "warning",
  kinds: workloadKinds,
  preset: "recommended",
  messages: {
    noSelector: "Topology spread constraint {{number}} has no labelSelector, so it counts no Pods and spreads nothing."
  },
  peers: { kubeScore: "pod-topology-spread-constraints" },
  peerDifferences: "kube-score reports one finding per pod for every problem of a constraint; drydock reports a missing selector here and leaves what the API server rejects to validation (`api/topology-spread` for invalid values, schema errors for missing required fields), so nothing is reported twice.",
  check({ resource, report }) {
    const pod = podSpecOf(resource);
    const constraints = pod?.spec.topologySpreadConstraints;
    if (!pod || !Array.isArray(constraints)) return;
    constraints.forEach((constraint, index) => {
      if (!isObject(constraint)) return;
      if (constraint.labelSelector !== void 0 && constraint.labelSelector !== null) return;
      report({ messageId: "noSelector", path: [...pod.path, "topologySpreadConstraints", index, "labelSelector"], data: { number: index + 1 } });
    });
  }
});

// rules/topology-spread-missing.ts
var topology_spread_missing_default = defineRule({
  id: "topology-spread-missing",
  summary: "Replicated workloads declare topologySpreadConstraints.",
  rationale: "Without spread constraints, the scheduler may place every replica in one zone or on one node; losing that zone or node then takes the whole workload down, however many replicas it has.",
  fix: "Add `topologySpreadConstraints` to the pod spec, for example `maxSkew: 1` over `topology.kubernetes.io/zone` with a `labelSelector` matching the pod labels and `whenUnsatisfiable: ScheduleAnyway`.",
  category: "scheduling",
  severity: "info",
  kinds: replicatedKinds,
  preset: "all",
  messages: {
    missing: '"{{name}}" declares no topologySpreadConstraints.'
  },
  peers: { polaris: "topologySpreadConstraint" },
  peerDifferences: "Polaris checks every workload kind; drydock checks the replicated ones only (a DaemonSet already runs one Pod per node, a Job or a bare Pod has nothing to spread).",
  check({ resource, report }) {
    const pod = podSpecOf(resource);
    if (!pod) return;
    const constraints = pod.spec.topologySpreadConstraints;
    if (!Array.isArray(constraints) || constraints.length === 0) {
      report({ messageId: "missing", path: [...pod.path, "topologySpreadConstraints"], data: { name: resource.name } });
    }
  }
});

// rules/unmasked-proc-mount.ts
var unmasked_proc_mount_default = defineRule({
  id: "unmasked-proc-mount",
  summary: "Containers keep the default masked /proc.",
  rationale: "By default the runtime masks and makes read-only the parts of `/proc` that expose or control the host kernel (such as `/proc/sys`, `/proc/kcore` and `/proc/sysrq-trigger`). `procMount: Unmasked` removes that protection; it is meant only for nested container runtimes inside user-namespaced pods.",
  fix: "Remove `securityContext.procMount` or set it to `Default`.",
  category: "security",
  severity: "warning",
  kinds: workloadKinds,
  preset: "recommended",
  messages: {
    unmasked: 'Container "{{container}}" sets procMount to "{{value}}" instead of Default.'
  },
  peers: { kubeLinter: "unsafe-proc-mount", polaris: "procMount" },
  peerDifferences: "Like Polaris, drydock flags any `procMount` other than `Default`; kube-linter flags only `Unmasked`.",
  check({ resource, report }) {
    const pod = podSpecOf(resource);
    for (const container of containersOf(resource)) {
      if (container.kind === "ephemeral") continue;
      const procMount = effectiveSecurityContext(pod, container).get("procMount");
      if (procMount === void 0 || procMount.value === "Default") continue;
      const value = typeof procMount.value === "string" ? procMount.value : JSON.stringify(procMount.value);
      report({ messageId: "unmasked", path: procMount.path, data: { container: container.name, value } });
    }
  }
});

// rules/unsafe-sysctls.ts
var safeSysctls = new Map(Object.entries({
  "kernel.shm_rmid_forced": 0,
  "net.ipv4.ip_local_port_range": 0,
  "net.ipv4.tcp_syncookies": 0,
  "net.ipv4.ping_group_range": 18,
  "net.ipv4.ip_unprivileged_port_start": 22,
  "net.ipv4.ip_local_reserved_ports": 27,
  "net.ipv4.tcp_keepalive_time": 29,
  "net.ipv4.tcp_fin_timeout": 29,
  "net.ipv4.tcp_keepalive_intvl": 29,
  "net.ipv4.tcp_keepalive_probes": 29
}));
var unsafe_sysctls_default = defineRule({
  id: "unsafe-sysctls",
  summary: "Pods set only the sysctls Kubernetes considers safe.",
  rationale: "Sysctls outside the safe set are not isolated between pods, or can starve the node (shared memory and message queue limits, most of `net.*`). The kubelet rejects pods that set them unless the node allows them with `--allowed-unsafe-sysctls`, and where allowed they affect every pod on the node.",
  fix: "Remove the sysctl from `securityContext.sysctls`, or schedule the pod only on nodes that allow it and list it in the `allowedSysctls` option.",
  category: "security",
  severity: "warning",
  kinds: workloadKinds,
  preset: "recommended",
  messages: {
    unsafe: 'The pod sets the unsafe sysctl "{{sysctl}}".'
  },
  options: ruleOptions(
    {
      allowedSysctls: {
        type: "array",
        items: { type: "string" },
        description: "Sysctls your nodes allow, as for the kubelet's `--allowed-unsafe-sysctls`: full names, or a prefix ending in `*` (`kernel.msg*`)."
      }
    },
    { allowedSysctls: [] }
  ),
  peers: { kubeLinter: "unsafe-sysctls" },
  peerDifferences: "kube-linter flags names starting with `kernel.msg`, `kernel.sem`, `kernel.shm`, `fs.mqueue.` or `net.`, including safe ones such as `net.ipv4.ip_local_port_range`; drydock flags every sysctl outside the safe set of the target Kubernetes version, and none in it.",
  check({ resource, kubernetesVersion, options, report }) {
    const pod = podSpecOf(resource);
    const context = pod?.spec.securityContext;
    if (!pod || !isObject(context) || !Array.isArray(context.sysctls)) return;
    const minor = minorOf(kubernetesVersion);
    context.sysctls.forEach((sysctl, index) => {
      if (!isObject(sysctl) || typeof sysctl.name !== "string") return;
      const name = normalise(sysctl.name);
      const since = safeSysctls.get(name);
      if (since !== void 0 && since <= minor) return;
      if (options.allowedSysctls.some((allowed) => allowed.endsWith("*") ? name.startsWith(allowed.slice(0, -1)) : name === allowed)) return;
      report({ messageId: "unsafe", path: [...pod.path, "securityContext", "sysctls", index, "name"], data: { sysctl: sysctl.name } });
    });
  }
});
function normalise(name) {
  const firstSeparator = /[./]/.exec(name)?.[0];
  return firstSeparator === "/" ? name.replace(/[./]/g, (c) => c === "/" ? "." : "/") : name;
}

// rules/windows-host-process.ts
var windows_host_process_default = defineRule({
  id: "windows-host-process",
  summary: "Windows pods do not run as HostProcess containers.",
  rationale: "A Windows HostProcess container runs directly on the node, in the host's network namespace and with access to its file system as a node user (often `NT AUTHORITY\\SYSTEM`): it is the Windows equivalent of a privileged container.",
  fix: "Remove `windowsOptions.hostProcess: true` from the pod and container securityContext; keep HostProcess only for node agents, exempted from this rule.",
  category: "security",
  severity: "error",
  kinds: workloadKinds,
  preset: "recommended",
  messages: {
    pod: "The pod runs as a Windows HostProcess (securityContext.windowsOptions.hostProcess: true).",
    container: 'Container "{{container}}" runs as a Windows HostProcess.'
  },
  peers: { polaris: "hostProcess" },
  check({ resource, report }) {
    const pod = podSpecOf(resource);
    if (!pod) return;
    const podPath = [...pod.path, "securityContext", "windowsOptions", "hostProcess"];
    if (valueAt(resource.object, podPath) === true) {
      report({ messageId: "pod", path: podPath });
      return;
    }
    for (const container of containersOf(resource)) {
      if (container.kind === "ephemeral") continue;
      const path = [...container.path, "securityContext", "windowsOptions", "hostProcess"];
      if (valueAt(resource.object, path) === true) report({ messageId: "container", path, data: { container: container.name } });
    }
  }
});

// rules/writable-host-mount.ts
var writable_host_mount_default = defineRule({
  id: "writable-host-mount",
  summary: "Containers mount hostPath volumes read-only.",
  rationale: "A writable `hostPath` mount lets the container change the node's own files: plant a binary or a cron entry the node will run, rewrite configuration the kubelet or other Pods read, or fill the node's disk. Most workloads that need a node directory only need to read it.",
  fix: "Set `readOnly: true` on the container's `volumeMounts` entry. If the container must write, prefer an `emptyDir` or a PersistentVolumeClaim; for node agents that really write to the node, list the directory in the `allowedPaths` option.",
  category: "security",
  severity: "warning",
  kinds: workloadKinds,
  preset: "strict",
  messages: {
    writable: 'Container "{{container}}" mounts the host path "{{hostPath}}" writable.'
  },
  options: ruleOptions(
    {
      allowedPaths: {
        type: "array",
        items: { type: "string" },
        description: "Host paths that may be mounted writable, each with everything below it (for example `/var/lib/my-agent`)."
      }
    },
    { allowedPaths: [] }
  ),
  peers: { kubeLinter: "writable-host-mount" },
  peerDifferences: "kube-linter has no list of allowed paths; drydock takes one in `allowedPaths` (empty by default, which matches kube-linter).",
  check({ resource, options, report }) {
    for (const { container, mount, path, hostPath } of hostPathMountsOf(resource)) {
      const where = typeof hostPath === "string" ? hostPath : "";
      if (mount.readOnly === true || options.allowedPaths.some((allowed) => isPathUnder(where, allowed))) continue;
      report({ messageId: "writable", path: [...path, "readOnly"], data: { container: container.name, hostPath: where } });
    }
  }
});

// rules/index.ts
var rules = [
  capabilities_not_dropped_default,
  cluster_admin_binding_default,
  cpu_limit_missing_default,
  cpu_request_missing_default,
  cpu_request_not_equal_limit_default,
  cronjob_starting_deadline_missing_default,
  dangerous_capabilities_added_default,
  default_namespace_default,
  default_service_account_default,
  deprecated_service_account_field_default,
  dnsconfig_ndots_missing_default,
  docker_socket_mount_default,
  duplicate_env_var_default,
  env_ref_missing_secret_configmap_default,
  ephemeral_storage_missing_default,
  ephemeral_storage_request_not_equal_limit_default,
  forbidden_annotation_default,
  host_ipc_default,
  host_network_default,
  host_path_volume_default,
  host_pid_default,
  host_port_default,
  hpa_max_not_above_min_default,
  hpa_min_replicas_low_default,
  hpa_target_has_replicas_default,
  hpa_target_missing_default,
  image_pull_policy_not_always_default,
  ingress_backend_service_missing_default,
  ingress_tls_missing_default,
  job_ttl_missing_default,
  latest_tag_default,
  linux_hardening_missing_default,
  liveness_probe_missing_default,
  liveness_probe_port_not_exposed_default,
  memory_limit_missing_default,
  memory_request_missing_default,
  memory_request_not_equal_limit_default,
  networkpolicy_coverage_default,
  networkpolicy_peer_selects_no_pods_default,
  networkpolicy_selects_no_pods_default,
  pdb_blocks_all_disruptions_default,
  pdb_min_available_exceeds_hpa_min_default,
  pdb_missing_default,
  pdb_unhealthy_eviction_policy_unset_default,
  pod_anti_affinity_missing_default,
  pod_unschedulable_default,
  priority_class_missing_default,
  privilege_escalation_allowed_default,
  privileged_container_default,
  privileged_port_default,
  probes_identical_default,
  pvc_missing_default,
  rbac_create_pods_access_default,
  rbac_pod_exec_attach_default,
  rbac_secrets_access_default,
  rbac_wildcard_default,
  read_only_root_fs_missing_default,
  readiness_probe_missing_default,
  readiness_probe_port_not_exposed_default,
  replicas_too_few_default,
  required_annotation_default,
  required_label_default,
  restart_policy_not_always_or_onfailure_default,
  rolling_update_strategy_missing_default,
  run_as_low_uid_gid_default,
  run_as_root_default,
  sa_token_automount_default,
  seccomp_profile_missing_default,
  secret_from_env_ref_default,
  secret_in_configmap_default,
  secret_in_env_literal_default,
  sensitive_host_mount_default,
  service_account_missing_default,
  service_selects_no_pods_default,
  service_target_port_missing_default,
  service_type_exposed_default,
  servicemonitor_selects_no_services_default,
  ssh_port_exposed_default,
  startup_probe_port_not_exposed_default,
  statefulset_service_name_invalid_default,
  topology_spread_invalid_default,
  topology_spread_missing_default,
  unmasked_proc_mount_default,
  unsafe_sysctls_default,
  windows_host_process_default,
  writable_host_mount_default
];
export {
  rules
};
