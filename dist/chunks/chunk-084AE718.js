import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/resources/diagnostic.ts
function findingKey(d) {
  return `${d.ruleId}\0${d.severity}\0${d.range.file}\0${d.range.start.line}:${d.range.start.column}-${d.range.end.line}:${d.range.end.column}\0${d.message}`;
}
var severityRank = { error: 0, warning: 1, info: 2 };
function compareDiagnostics(a, b) {
  return compareText(a.range.file, b.range.file) || a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column || compareText(a.ruleId, b.ruleId) || severityRank[a.severity] - severityRank[b.severity] || compareText(a.message, b.message);
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/resources/resource-id.ts
function splitApiVersion(apiVersion) {
  const slash = apiVersion.indexOf("/");
  return slash < 0 ? { group: "", version: apiVersion } : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
}
function formatResourceId(id) {
  const where = id.namespace ? `${id.namespace}/${id.name}` : id.name;
  return `${id.apiVersion}/${id.kind} ${where}`;
}
function resourceIdOf(resource) {
  const { apiVersion, kind, name, namespace } = resource;
  return namespace === void 0 ? { apiVersion, kind, name } : { apiVersion, kind, name, namespace };
}

// src/resources/resource-set.ts
var ResourceSet = class {
  items;
  kindIndex = /* @__PURE__ */ new Map();
  constructor(items) {
    this.items = items;
    for (const resource of items) {
      const list = this.kindIndex.get(resource.kind);
      if (list) list.push(resource);
      else this.kindIndex.set(resource.kind, [resource]);
    }
  }
  [Symbol.iterator]() {
    return this.items[Symbol.iterator]();
  }
  get size() {
    return this.items.length;
  }
  /** Every resource of `kind`, optionally limited to an API group (`apps`, `''` for core). */
  ofKind(kind, group) {
    const list = this.kindIndex.get(kind) ?? [];
    return group === void 0 ? list : list.filter((r) => splitApiVersion(r.apiVersion).group === group);
  }
  /** The resource of `kind` named `name` in `namespace`, if the input has it. */
  find(kind, name, namespace) {
    return this.ofKind(kind).find((r) => r.name === name && r.namespace === namespace);
  }
};

// src/resources/errors.ts
var ExitCode = { ok: 0, findings: 1, failure: 2 };
var DrydockError = class extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
    this.name = "DrydockError";
  }
  code;
};
function describeInternalError(error, debug) {
  if (debug && error instanceof Error && error.stack) return `internal error, please report it: ${error.stack}`;
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const firstLine = (what.split("\n", 1)[0] ?? "").slice(0, 200);
  return `internal error, please report it: ${firstLine} (rerun with DRYDOCK_DEBUG=1 to print the stack)`;
}

// src/resources/internal-failure.ts
function internalFailure(what, messageId, resource, error) {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    ruleId: "internal",
    messageId,
    severity: "error",
    message: `${what} failed on ${formatResourceId(resource)}: ${reason} (this is a bug in drydock)`,
    range: resource.rangeOf([]),
    resource: resourceIdOf(resource)
  };
}
function hasInternalFailure(diagnostics) {
  return diagnostics.some((d) => d.ruleId === "internal");
}

// src/resources/docs-url.ts
var repositoryUrl = "https://github.com/drydock-dev/drydock";
var docsBaseUrl = `${repositoryUrl}/blob/main/docs`;
function ruleDocsUrl(id) {
  return `${docsBaseUrl}/rules/${id}.md`;
}

// src/resources/kubernetes-version.ts
var supportedKubernetesVersions = [
  "1.28",
  "1.29",
  "1.30",
  "1.31",
  "1.32",
  "1.33",
  "1.34",
  "1.35",
  "1.36"
];
var defaultKubernetesVersion = "1.36";
function parseKubernetesVersion(text) {
  const match = /^v?(\d+)\.(\d+)(?:\.\d+)?$/.exec(text.trim());
  if (!match) return void 0;
  const minor = `${Number(match[1])}.${Number(match[2])}`;
  return supportedKubernetesVersions.includes(minor) ? minor : void 0;
}
function minorOf(version) {
  return Number(version.split(".")[1]);
}

// src/resources/quote-input.ts
var maxQuotedLength = 40;
function quoteName(name) {
  const cut = name.length > maxQuotedLength ? `${name.slice(0, maxQuotedLength - 3)}...` : name;
  return escapeQuoted(cut);
}
function quoteValue(value) {
  if (value.length > maxQuotedLength || /[\n\r\u2028\u2029]/.test(value)) return `(${value.length} characters, not shown)`;
  return escapeQuoted(value);
}
function escapeQuoted(text) {
  return JSON.stringify(text).replace(/[^\x20-\x7e]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
var maxMessageLength = 1e3;
var unsafeInMessage = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
function safeMessage(message) {
  const escaped = message.replace(unsafeInMessage, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return escaped.length > maxMessageLength ? `${escaped.slice(0, maxMessageLength - 3)}...` : escaped;
}
var maxDataLength = 500;
function safeMessageData(text) {
  const cut = text.length > maxDataLength ? `${text.slice(0, maxDataLength - 3)}...` : text;
  return safeMessage(cut.replace(/[\n\r]/g, " "));
}

// src/resources/path-inside.ts
import path from "node:path";
function isInside(dir, file) {
  const relative = path.relative(dir, file);
  return relative === "" || !relative.startsWith(`..${path.sep}`) && relative !== ".." && !path.isAbsolute(relative);
}
function isStrictlyInside(dir, file) {
  return path.relative(dir, file) !== "" && isInside(dir, file);
}

// src/resources/run-counts.ts
function noneSkipped() {
  return { hidden: 0, nodeModules: 0, ignored: 0, outsideRoot: 0 };
}
function describeSkipped(skipped) {
  const parts = skippedParts(skipped);
  return parts.length === 0 ? "" : ` (skipped: ${parts.join(", ")})`;
}
function describeRun(counts) {
  const built = counts.kustomizationsBuilt > 0 ? [plural(counts.kustomizationsBuilt, "kustomization", "kustomizations") + " built"] : [];
  const skipped = [
    ...counts.templates > 0 ? [plural(counts.templates, "template", "templates")] : [],
    ...counts.notManifests > 0 ? [`${counts.notManifests} not ${counts.notManifests === 1 ? "a Kubernetes object" : "Kubernetes objects"}`] : [],
    ...skippedParts(counts.skipped)
  ];
  const details = [...built, ...skipped.length > 0 ? [`skipped: ${skipped.join(", ")}`] : []];
  const checked = `${plural(counts.files, "file", "files")}, ${plural(counts.objects, "object", "objects")} checked`;
  return details.length === 0 ? checked : `${checked} (${details.join("; ")})`;
}
function skippedParts(skipped) {
  const parts = [];
  if (skipped.hidden > 0) parts.push(`${skipped.hidden} hidden`);
  if (skipped.nodeModules > 0) parts.push(`${skipped.nodeModules} node_modules`);
  if (skipped.ignored > 0) parts.push(`${skipped.ignored} ignored by the config`);
  if (skipped.outsideRoot > 0) parts.push(`${plural(skipped.outsideRoot, "link", "links")} leading outside the root`);
  return parts;
}
function plural(count, one, many) {
  return `${count} ${count === 1 ? one : many}`;
}

// src/resources/rule-presets.ts
var rulePresets = ["recommended", "strict", "all"];
function isRulePreset(name) {
  return rulePresets.includes(name);
}

// src/resources/json-path.ts
var plainKey = /^[A-Za-z_$][\w$-]*$/;
function formatPath(path2) {
  let out = "";
  for (const part of path2) {
    if (typeof part === "number") out += `[${part}]`;
    else if (plainKey.test(part)) out += out === "" ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}
function valueAt(value, path2) {
  let current = value;
  for (const part of path2) {
    if (current === null || typeof current !== "object") return void 0;
    current = current[part];
  }
  return current;
}

// src/resources/pod-template.ts
var templatePaths = {
  Deployment: ["spec", "template"],
  ReplicaSet: ["spec", "template"],
  ReplicationController: ["spec", "template"],
  StatefulSet: ["spec", "template"],
  DaemonSet: ["spec", "template"],
  Job: ["spec", "template"],
  CronJob: ["spec", "jobTemplate", "spec", "template"],
  PodTemplate: ["template"]
};
function podTemplatePath(kind) {
  if (kind === "Pod") return [];
  return templatePaths[kind];
}
var podSpecs = /* @__PURE__ */ new WeakMap();
var containerRefs = /* @__PURE__ */ new WeakMap();
function podSpecOf(resource) {
  let pod = podSpecs.get(resource);
  if (pod === void 0) podSpecs.set(resource, pod = readPodSpec(resource) ?? null);
  return pod ?? void 0;
}
function readPodSpec(resource) {
  const template = podTemplatePath(resource.kind);
  if (template === void 0) return void 0;
  const path2 = [...template, "spec"];
  const spec = valueAt(resource.object, path2);
  return isObject(spec) ? { path: path2, spec } : void 0;
}
var containerLists = [
  ["initContainers", "init"],
  ["containers", "container"],
  ["ephemeralContainers", "ephemeral"]
];
function containersOf(resource) {
  let containers = containerRefs.get(resource);
  if (!containers) containerRefs.set(resource, containers = readContainers(resource));
  return containers;
}
function readContainers(resource) {
  const pod = podSpecOf(resource);
  if (!pod) return [];
  const out = [];
  for (const [field, kind] of containerLists) {
    const list = pod.spec[field];
    if (!Array.isArray(list)) continue;
    list.forEach((spec, index) => {
      if (!isObject(spec)) return;
      const name = typeof spec.name === "string" ? spec.name : "";
      out.push({ name, kind, path: [...pod.path, field, index], spec });
    });
  }
  return out;
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
var podLabels = /* @__PURE__ */ new WeakMap();
function podLabelsOf(resource) {
  let labels = podLabels.get(resource);
  if (!labels) podLabels.set(resource, labels = readPodLabels(resource));
  return labels;
}
function readPodLabels(resource) {
  const template = podTemplatePath(resource.kind);
  if (template === void 0) return {};
  const labels = valueAt(resource.object, [...template, "metadata", "labels"]);
  const out = {};
  if (isObject(labels)) {
    for (const [key, value] of Object.entries(labels)) if (typeof value === "string") out[key] = value;
  }
  return out;
}

// src/resources/label-selector.ts
function selectorMatches(selector, labels) {
  if (!isObject(selector)) return false;
  const { matchLabels, matchExpressions } = selector;
  if (matchLabels !== void 0 && !(isObject(matchLabels) && mapMatches(matchLabels, labels))) return false;
  if (matchExpressions === void 0) return true;
  if (!Array.isArray(matchExpressions)) return false;
  return matchExpressions.every((expression) => expressionMatches(expression, labels));
}
function mapMatches(selector, labels) {
  for (const [key, value] of Object.entries(selector)) {
    if (labels[key] !== String(value)) return false;
  }
  return true;
}
function expressionMatches(expression, labels) {
  if (!isObject(expression) || typeof expression.key !== "string") return false;
  const has = Object.hasOwn(labels, expression.key);
  const values = Array.isArray(expression.values) ? expression.values.map(String) : [];
  switch (expression.operator) {
    case "In":
      return has && values.includes(labels[expression.key]);
    case "NotIn":
      return !has || !values.includes(labels[expression.key]);
    case "Exists":
      return has;
    case "DoesNotExist":
      return !has;
    default:
      return false;
  }
}
function labelsOf(value) {
  if (!isObject(value)) return {};
  const out = {};
  for (const [key, label] of Object.entries(value)) if (typeof label === "string") out[key] = label;
  return out;
}

// src/resources/namespace.ts
function namespaceOf(resource, defaultNamespace = "default") {
  return resource.namespace ?? defaultNamespace;
}

// src/resources/host-paths.ts
function hostPathMountsOf(resource) {
  const pod = podSpecOf(resource);
  if (!pod || !Array.isArray(pod.spec.volumes)) return [];
  const hostPaths = /* @__PURE__ */ new Map();
  for (const volume of pod.spec.volumes) {
    if (isObject(volume) && typeof volume.name === "string" && isObject(volume.hostPath)) hostPaths.set(volume.name, volume.hostPath.path);
  }
  if (hostPaths.size === 0) return [];
  const out = [];
  for (const container of containersOf(resource)) {
    const mounts = container.spec.volumeMounts;
    if (!Array.isArray(mounts)) continue;
    mounts.forEach((mount, index) => {
      if (!isObject(mount) || typeof mount.name !== "string" || !hostPaths.has(mount.name)) return;
      out.push({ container, mount, path: [...container.path, "volumeMounts", index], hostPath: hostPaths.get(mount.name) });
    });
  }
  return out;
}
function isPathUnder(path2, base) {
  const trimmed = trimTrailingSlashes(base);
  return path2 === base || path2 === trimmed || path2.startsWith(`${trimmed}/`);
}
function trimTrailingSlashes(path2) {
  let end = path2.length;
  while (end > 0 && path2.charCodeAt(end - 1) === 47) end--;
  return end === path2.length ? path2 : path2.slice(0, end);
}

// src/resources/delimited-run.ts
function hasDelimitedRun(text, opening, isAllowed, closing2) {
  const openingEnds = [];
  let next = 0;
  let latestEnd = -1;
  let lastDisallowed = -1;
  for (let i = 0; i < text.length; i++) {
    while (next < openingEnds.length && openingEnds[next] <= i) latestEnd = openingEnds[next++];
    if (latestEnd !== -1 && lastDisallowed < latestEnd && text.startsWith(closing2, i)) return true;
    if (text.startsWith(opening, i)) openingEnds.push(i + opening.length);
    if (!isAllowed(text.charAt(i))) lastDisallowed = i;
  }
  return false;
}

// src/resources/credential-names.ts
var sensitiveName = /secret|passw(?:or)?d|token|bearer|api_?key|private_?key|access_?key|credential|^azure_\w*key$|^oci_cli_key_content$/i;
var referenceName = /_(?:file|path|dir|directory|url|uri|endpoint|host|hostname|port|name|namespace|id|ref|type|header|ttl|expiry|expiration|lifetime|timeout|interval|seconds|minutes|hours|days|length|size|enabled|disabled|mode|location|audience|issuer)$/i;
var settingName = /^(?:max|min|num)_|_(?:count|limit|version|max|min)$|(?:^|_)(?:allow|enable|disable|use|require|skip)_/i;
var placeholder = /^\s*(?:\$\(.*\)|\$\{.*\}|\{\{.*\}\})\s*$/s;
function looksLikeCredentialName(name) {
  const normalized = name.replace(/[-.]/g, "_");
  return sensitiveName.test(normalized) && !referenceName.test(normalized) && !settingName.test(normalized);
}
function couldBeCredentialValue(value) {
  const text = value.trim();
  return text !== "" && !placeholder.test(text) && !text.startsWith("/") && !/^(?:true|false)$/i.test(text) && !/^\d{1,5}$/.test(text);
}
var isLabelCharacter = (c) => c >= "A" && c <= "Z" || c >= "0" && c <= "9" || c === " ";
function holdsPrivateKey(value) {
  return hasDelimitedRun(value, "BEGIN ", isLabelCharacter, "PRIVATE KEY");
}

// src/resources/security-context.ts
var inheritedFields = /* @__PURE__ */ new Set([
  "runAsUser",
  "runAsGroup",
  "runAsNonRoot",
  "seccompProfile",
  "seLinuxOptions",
  "appArmorProfile",
  "windowsOptions"
]);
function effectiveSecurityContext(podSpec, container) {
  const known = contexts.get(container);
  if (known && known.podSpec === podSpec) return known;
  const context = new MergedSecurityContext(podSpec, container);
  contexts.set(container, context);
  return context;
}
var contexts = /* @__PURE__ */ new WeakMap();
var MergedSecurityContext = class {
  constructor(podSpec, container) {
    this.podSpec = podSpec;
    this.container = container;
    this.own = isObject(container.spec.securityContext) ? container.spec.securityContext : void 0;
    this.pod = podSpec && isObject(podSpec.spec.securityContext) ? podSpec.spec.securityContext : void 0;
    this.isDeclared = this.own !== void 0 || this.pod !== void 0;
  }
  podSpec;
  container;
  isDeclared;
  own;
  pod;
  get(field) {
    const from = this.levelOf(field);
    if (from === "container") return { value: this.own[field], path: [...this.container.path, "securityContext", field], from };
    if (from === "pod") return { value: this.pod[field], path: [...this.podSpec.path, "securityContext", field], from };
    return void 0;
  }
  value(field) {
    const from = this.levelOf(field);
    return from === "container" ? this.own[field] : from === "pod" ? this.pod[field] : void 0;
  }
  /** Which level sets `field` (the container wins), without building its path. */
  levelOf(field) {
    if (this.own && isSet(this.own[field])) return "container";
    if (this.pod && inheritedFields.has(field) && isSet(this.pod[field])) return "pod";
    return void 0;
  }
  missingPath(field) {
    const containerPath = [...this.container.path, "securityContext"];
    return this.own ? [...containerPath, field] : containerPath;
  }
};
function isSet(value) {
  return value !== void 0 && value !== null;
}
function capabilitiesOf(container, list) {
  const context = container.spec.securityContext;
  const capabilities = isObject(context) ? context.capabilities : void 0;
  const entries = isObject(capabilities) ? capabilities[list] : void 0;
  if (!Array.isArray(entries)) return [];
  const out = [];
  entries.forEach((entry, index) => {
    if (typeof entry !== "string") return;
    out.push({ name: entry.trim().toUpperCase().replace(/^CAP_/, ""), path: [...container.path, "securityContext", "capabilities", list, index] });
  });
  return out;
}

// src/resources/memo-by-string.ts
function memoByString(fn, limit2 = 1e4) {
  const known = /* @__PURE__ */ new Map();
  return (value) => {
    if (known.has(value)) return known.get(value);
    const result = fn(value);
    if (known.size >= limit2) known.clear();
    known.set(value, result);
    return result;
  };
}

// src/resources/quantity.ts
var grammar = /^([+-]?)(\d+(?:\.\d*)?|\.\d+)(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]|[eE][+-]?\d+)?$/;
var binary = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
var decimal = { n: -9, u: -6, m: -3, "": 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
function parseQuantity(value) {
  if (typeof value === "number") return Number.isFinite(value) ? parseText(String(value).replace("e+", "e")) : void 0;
  return typeof value === "string" ? parseText(value) : void 0;
}
var parseText = memoByString((text) => {
  const match = grammar.exec(text);
  if (!match) return void 0;
  const [, sign, number = "", suffix = ""] = match;
  const [whole, fraction = ""] = number.split(".");
  let mantissa = BigInt(`${whole}${fraction}` || "0");
  let exponent = -fraction.length;
  const binaryPower = binary[suffix];
  const decimalPower = decimal[suffix];
  if (binaryPower !== void 0) mantissa *= 2n ** BigInt(binaryPower);
  else if (decimalPower !== void 0) exponent += decimalPower;
  else exponent += Number(suffix.slice(1));
  if (Math.abs(exponent) > 1e3) return void 0;
  if (sign === "-") mantissa = -mantissa;
  return { mantissa, exponent };
});
function compareQuantities(a, b) {
  const common = Math.min(a.exponent, b.exponent);
  const left = a.mantissa * 10n ** BigInt(a.exponent - common);
  const right = b.mantissa * 10n ** BigInt(b.exponent - common);
  return left < right ? -1 : left > right ? 1 : 0;
}
var formatWrong = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
var suffixWrong = "unable to parse quantity's suffix";
var quantityShape = /^[+-]?[0-9]*(?:\.[0-9]*)?[eEinumkKMGTP]*[+-]?[0-9]*$/;
function quantityError(value) {
  if (typeof value !== "string") return void 0;
  const text = value.trim();
  if (parseText(text)) return void 0;
  if (text === "" || !quantityShape.test(text)) return formatWrong;
  if (/^[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)[eE][+-]?[0-9]+$/.test(text)) return void 0;
  return suffixWrong;
}

// src/resources/defaulted-strings.ts
var containerFields = [
  "imagePullPolicy",
  "terminationMessagePath",
  "terminationMessagePolicy",
  "ports.*.protocol",
  "env.*.valueFrom.fieldRef.apiVersion",
  ...["livenessProbe", "readinessProbe", "startupProbe", "lifecycle.postStart", "lifecycle.preStop"].flatMap((handler) => [`${handler}.httpGet.path`, `${handler}.httpGet.scheme`])
];
var volumeSourceFields = [
  "rbd.pool",
  "rbd.user",
  "rbd.keyring",
  "iscsi.iscsiInterface",
  "scaleIO.storageMode",
  "scaleIO.fsType"
];
var podSpecFields = [
  "dnsPolicy",
  "restartPolicy",
  "schedulerName",
  ...["containers", "initContainers", "ephemeralContainers"].flatMap((list) => containerFields.map((field) => `${list}.*.${field}`)),
  ...volumeSourceFields.map((field) => `volumes.*.${field}`),
  "volumes.*.image.pullPolicy",
  "volumes.*.downwardAPI.items.*.fieldRef.apiVersion",
  "volumes.*.projected.sources.*.downwardAPI.items.*.fieldRef.apiVersion"
];
var objectFields = {
  "/Service": ["spec.type", "spec.sessionAffinity", "spec.externalTrafficPolicy", "spec.ports.*.protocol"],
  "/Secret": ["type"],
  "/PersistentVolume": ["spec.persistentVolumeReclaimPolicy", ...volumeSourceFields.map((field) => `spec.${field}`)],
  "/Endpoints": ["subsets.*.ports.*.protocol"],
  "apps/Deployment": ["spec.strategy.type"],
  "apps/DaemonSet": ["spec.updateStrategy.type"],
  "apps/StatefulSet": [
    "spec.podManagementPolicy",
    "spec.updateStrategy.type",
    "spec.persistentVolumeClaimRetentionPolicy.whenDeleted",
    "spec.persistentVolumeClaimRetentionPolicy.whenScaled"
  ],
  "batch/CronJob": ["spec.concurrencyPolicy"],
  "rbac.authorization.k8s.io/RoleBinding": ["roleRef.apiGroup", "subjects.*.apiGroup"],
  "rbac.authorization.k8s.io/ClusterRoleBinding": ["roleRef.apiGroup", "subjects.*.apiGroup"],
  "apiextensions.k8s.io/CustomResourceDefinition": ["spec.names.singular", "spec.names.listKind"]
};
function addPath(trie, segments) {
  let node = trie;
  segments.forEach((segment, i) => {
    if (i === segments.length - 1) {
      node[segment] = true;
      return;
    }
    const next = node[segment];
    node = next === void 0 || next === true ? node[segment] = {} : next;
  });
}
function toNode(trie) {
  return Object.entries(trie).map(([segment, next]) => [segment, next === true ? true : toNode(next)]);
}
var nodes = /* @__PURE__ */ new Map();
var groupOf = memoByString((apiVersion) => splitApiVersion(apiVersion).group);
function nodeFor(group, kind) {
  const key = `${group}/${kind}`;
  const template = podTemplatePath(kind);
  const hasTemplate = template !== void 0 && ["", "apps", "batch"].includes(group);
  if (!Object.hasOwn(objectFields, key) && !hasTemplate) return void 0;
  let node = nodes.get(key);
  if (node === void 0) {
    const paths = [...objectFields[key] ?? []];
    if (hasTemplate) for (const field of podSpecFields) paths.push([...template, "spec", field].join("."));
    const trie = {};
    for (const path2 of paths) addPath(trie, path2.split("."));
    nodes.set(key, node = toNode(trie));
  }
  return node;
}
function collect(value, node, at, out) {
  for (const [segment, next] of node) {
    if (segment === "*") {
      if (!Array.isArray(value) || next === true) continue;
      for (let i = 0; i < value.length; i++) {
        at.push(i);
        collect(value[i], next, at, out);
        at.pop();
      }
      continue;
    }
    if (!isObject(value) || !Object.hasOwn(value, segment)) continue;
    const child = value[segment];
    if (next === true) {
      if (child === "") out.push([...at, segment]);
      continue;
    }
    at.push(segment);
    collect(child, next, at, out);
    at.pop();
  }
}
function emptyDefaultedFields(object, apiVersion, kind) {
  const node = nodeFor(groupOf(apiVersion), kind);
  if (!node) return [];
  const out = [];
  collect(object, node, [], out);
  return out;
}
function removeEmptyDefaults(object, apiVersion, kind) {
  for (const path2 of emptyDefaultedFields(object, apiVersion, kind)) {
    let parent = object;
    for (const step of path2.slice(0, -1)) parent = parent[step];
    delete parent[path2[path2.length - 1]];
  }
}
function withoutEmptyDefaults(object, apiVersion, kind) {
  if (emptyDefaultedFields(object, apiVersion, kind).length === 0) return object;
  const copy = structuredClone(object);
  removeEmptyDefaults(copy, apiVersion, kind);
  return copy;
}

// src/resources/missing-field-path.ts
function missingFieldPath(root, path2) {
  for (let length = 1; length <= path2.length; length++) {
    const step = valueAt(root, path2.slice(0, length));
    if (step === void 0 || step === null || typeof step !== "object") return path2.slice(0, length);
  }
  return path2;
}

// src/resources/image-reference.ts
function parseImageReference(image) {
  const at = image.indexOf("@");
  const name = at === -1 ? image : image.slice(0, at);
  const digest = at === -1 ? void 0 : image.slice(at + 1);
  const lastSegment = name.slice(name.lastIndexOf("/") + 1);
  const colon = lastSegment.lastIndexOf(":");
  const tag = colon === -1 ? void 0 : lastSegment.slice(colon + 1);
  return { tag, digest: digest || void 0 };
}

// src/resources/container-resources.ts
function resourceAmountOf(container, section, name) {
  const fullPath = [...container.path, "resources", section, name];
  const resources = container.spec.resources;
  const entries = isObject(resources) ? resources[section] : void 0;
  if (!isAbsent(resources) && !isObject(resources)) return { state: "invalid", path: [...container.path, "resources"] };
  if (!isAbsent(entries) && !isObject(entries)) return { state: "invalid", path: [...container.path, "resources", section] };
  const value = isObject(entries) ? entries[name] : void 0;
  if (value === void 0 || value === null || value === "") {
    return { state: "missing", path: [...container.path, ...missingFieldPath(container.spec, ["resources", section, name])] };
  }
  const quantity = parseQuantity(value);
  if (quantity === void 0) return { state: "invalid", path: fullPath };
  return { state: quantity.mantissa === 0n ? "zero" : "set", quantity, text: String(value), path: fullPath };
}
function unsetResourceAmounts(resource, section, name, options) {
  const unset = [];
  for (const container of containersOf(resource)) {
    if (container.kind === "ephemeral" || container.kind === "init" && options.ignoreInitContainers) continue;
    const amount = resourceAmountOf(container, section, name);
    if (amount.state === "missing" || amount.state === "zero") unset.push({ state: amount.state, container: container.name, path: amount.path });
  }
  return unset;
}
function isAbsent(value) {
  return value === void 0 || value === null;
}

// src/resources/probe-port.ts
function probePortOf(probe) {
  if (!isObject(probe)) return void 0;
  for (const handler of ["httpGet", "tcpSocket", "grpc"]) {
    const action = probe[handler];
    if (!isObject(action)) continue;
    const port = action.port;
    if (typeof port === "number" && Number.isInteger(port)) return { port, path: [handler, "port"] };
    if (typeof port === "string" && port !== "") return { port: /^\d+$/.test(port) ? Number(port) : port, path: [handler, "port"] };
  }
  return void 0;
}
function declaredPortStatus(container, port) {
  const ports = Array.isArray(container.ports) ? container.ports : [];
  let status = "undeclared";
  for (const entry of ports) {
    if (!isObject(entry)) continue;
    const matches = typeof port === "number" ? Number(entry.containerPort) === port : entry.name === port;
    if (!matches) continue;
    const protocol = entry.protocol ?? "TCP";
    if (protocol === "TCP") return "tcp";
    status = "otherProtocol";
  }
  return status;
}
function undeclaredProbePorts(resource, probe) {
  const isHostNetwork = podSpecOf(resource)?.spec.hostNetwork === true;
  const found = [];
  for (const container of containersOf(resource)) {
    if (container.kind === "ephemeral") continue;
    const target = probePortOf(container.spec[probe]);
    if (!target) continue;
    const status = declaredPortStatus(container.spec, target.port);
    if (status === "tcp") continue;
    if (status === "undeclared" && typeof target.port === "number" && isHostNetwork) continue;
    const reason = status === "otherProtocol" ? "protocol" : typeof target.port === "string" ? "name" : "number";
    found.push({ reason, container: container.name, port: target.port, path: [...container.path, probe, ...target.path] });
  }
  return found;
}

// src/resources/int-or-percent.ts
var percent = /^[0-9]+%$/;
function parseIntOrPercent(value) {
  if (typeof value === "number") return Number.isInteger(value) ? { kind: "int", value } : void 0;
  if (typeof value === "string" && percent.test(value)) return { kind: "percent", value: Number(value.slice(0, -1)) };
  return void 0;
}
function scaledCount(value, total, round = Math.ceil) {
  return value.kind === "int" ? value.value : round(value.value * total / 100);
}

// src/resources/cluster-kinds.ts
var builtInClusterKinds = {
  "": ["Namespace", "Node", "PersistentVolume", "ComponentStatus"],
  "rbac.authorization.k8s.io": ["ClusterRole", "ClusterRoleBinding"],
  "storage.k8s.io": ["StorageClass", "CSIDriver", "CSINode", "VolumeAttachment", "VolumeAttributesClass"],
  "scheduling.k8s.io": ["PriorityClass"],
  "node.k8s.io": ["RuntimeClass"],
  "networking.k8s.io": ["IngressClass", "IPAddress", "ServiceCIDR"],
  "admissionregistration.k8s.io": [
    "ValidatingWebhookConfiguration",
    "MutatingWebhookConfiguration",
    "ValidatingAdmissionPolicy",
    "ValidatingAdmissionPolicyBinding",
    "MutatingAdmissionPolicy",
    "MutatingAdmissionPolicyBinding"
  ],
  "apiextensions.k8s.io": ["CustomResourceDefinition"],
  "apiregistration.k8s.io": ["APIService"],
  "certificates.k8s.io": ["CertificateSigningRequest", "ClusterTrustBundle"],
  "flowcontrol.apiserver.k8s.io": ["FlowSchema", "PriorityLevelConfiguration"],
  "resource.k8s.io": ["DeviceClass", "ResourceSlice"]
};

// src/resources/controller-pod-labels.ts
var controllerPodLabelKeys = /* @__PURE__ */ new Set([
  "statefulset.kubernetes.io/pod-name",
  "apps.kubernetes.io/pod-index",
  "job-name",
  "batch.kubernetes.io/job-name"
]);
function controllerPodLabelMatches(workload, key, value) {
  if (workload.kind === "StatefulSet") {
    const ordinal = key === "statefulset.kubernetes.io/pod-name" ? ordinalAfter(value, `${workload.name}-`) : key === "apps.kubernetes.io/pod-index" ? ordinalAfter(value, "") : void 0;
    if (ordinal === void 0) return false;
    const spec = workload.object.spec;
    const replicas = spec?.replicas ?? 1;
    return typeof replicas !== "number" || ordinal < replicas;
  }
  if (workload.kind === "Job") return (key === "job-name" || key === "batch.kubernetes.io/job-name") && value === workload.name;
  return false;
}
function ordinalAfter(value, prefix) {
  if (!value.startsWith(prefix)) return void 0;
  const digits = value.slice(prefix.length);
  return /^(?:0|[1-9][0-9]{0,8})$/.test(digits) ? Number(digits) : void 0;
}

// src/resources/namespace-scope.ts
var addOnClusterKinds = {
  "cert-manager.io": ["ClusterIssuer"]
};
function isClusterScoped(resource) {
  const group = splitApiVersion(resource.apiVersion).group;
  return (builtInClusterKinds[group] ?? addOnClusterKinds[group])?.includes(resource.kind) ?? false;
}
function namespaceHasOtherObjects(resource, resources, namespace, defaultNamespace) {
  const objects = scopeOf(resources, defaultNamespace).namespacedObjects().get(namespace) ?? [];
  return objects.some((other) => other !== resource);
}
function createsPods(resource) {
  return resource.kind !== "PodTemplate" && podTemplatePath(resource.kind) !== void 0;
}
function podCreatorsOf(resources, namespace, defaultNamespace = "default") {
  const scope = scopeOf(resources, defaultNamespace);
  return namespace === void 0 ? scope.podCreators() : scope.podCreatorsByNamespace().get(namespace) ?? [];
}
function ofKindIn(resources, kind, namespace, defaultNamespace) {
  return scopeOf(resources, defaultNamespace).ofKind(kind).get(namespace) ?? [];
}
var scopes = /* @__PURE__ */ new WeakMap();
function scopeOf(resources, defaultNamespace) {
  let byDefault = scopes.get(resources);
  if (!byDefault) scopes.set(resources, byDefault = /* @__PURE__ */ new Map());
  let scope = byDefault.get(defaultNamespace);
  if (!scope) byDefault.set(defaultNamespace, scope = new NamespaceScope(resources, defaultNamespace));
  return scope;
}
var NamespaceScope = class {
  constructor(resources, defaultNamespace) {
    this.resources = resources;
    this.defaultNamespace = defaultNamespace;
  }
  resources;
  defaultNamespace;
  objects;
  custom;
  creators;
  creatorsByNamespace;
  kinds = /* @__PURE__ */ new Map();
  names = /* @__PURE__ */ new Map();
  labels = /* @__PURE__ */ new Map();
  namespacedObjects() {
    this.objects ??= this.group(this.resources.items.filter((resource) => !isClusterScoped(resource)));
    return this.objects;
  }
  /** The namespaced objects of API groups outside Kubernetes' own, per namespace (found once: every Service asks). */
  customObjects() {
    this.custom ??= new Map([...this.namespacedObjects()].map(([namespace, objects]) => [namespace, objects.filter(isCustomGroup)]));
    return this.custom;
  }
  podCreators() {
    this.creators ??= this.resources.items.filter(createsPods);
    return this.creators;
  }
  podCreatorsByNamespace() {
    this.creatorsByNamespace ??= this.group(this.podCreators());
    return this.creatorsByNamespace;
  }
  ofKind(kind) {
    let groups = this.kinds.get(kind);
    if (!groups) this.kinds.set(kind, groups = this.group(this.resources.ofKind(kind)));
    return groups;
  }
  /** The first object of `kind` with each name, per namespace. */
  namesOf(kind, namespace) {
    let perNamespace = this.names.get(kind);
    if (!perNamespace) this.names.set(kind, perNamespace = /* @__PURE__ */ new Map());
    let byName = perNamespace.get(namespace);
    if (!byName) {
      byName = /* @__PURE__ */ new Map();
      for (const resource of this.ofKind(kind).get(namespace) ?? []) if (!byName.has(resource.name)) byName.set(resource.name, resource);
      perNamespace.set(namespace, byName);
    }
    return byName;
  }
  /** The pod creators of `namespace` by each `key\u0000value` pair of their pod labels. */
  labelIndex(namespace) {
    let index = this.labels.get(namespace);
    if (!index) {
      index = /* @__PURE__ */ new Map();
      for (const workload of this.podCreatorsByNamespace().get(namespace) ?? []) {
        for (const [label, value] of Object.entries(podLabelsOf(workload))) {
          const pair = `${label}\0${value}`;
          const list = index.get(pair);
          if (list) list.push(workload);
          else index.set(pair, [workload]);
        }
      }
      this.labels.set(namespace, index);
    }
    return index;
  }
  group(resources) {
    const groups = /* @__PURE__ */ new Map();
    for (const resource of resources) {
      const namespace = namespaceOf(resource, this.defaultNamespace);
      const list = groups.get(namespace);
      if (list) list.push(resource);
      else groups.set(namespace, [resource]);
    }
    return groups;
  }
};
function shouldJudgeSelection(reportWhen, resources, namespace, defaultNamespace) {
  if (reportWhen === "always") return true;
  if (reportWhen === "namespaceHasWorkloads") return podCreatorsOf(resources, namespace, defaultNamespace).length > 0;
  return podCreatorsOf(resources).length > 0;
}
function podCreatorsSelectedBy(resources, namespace, defaultNamespace, selector) {
  const pairs = Object.entries(selector);
  if (pairs.length === 0) return podCreatorsOf(resources, namespace, defaultNamespace);
  const indexed = pairs.find(([key]) => !controllerPodLabelKeys.has(key));
  const candidates = indexed ? scopeOf(resources, defaultNamespace).labelIndex(namespace).get(`${indexed[0]}\0${String(indexed[1])}`) ?? [] : podCreatorsOf(resources, namespace, defaultNamespace);
  return candidates.filter((workload) => {
    const labels = podLabelsOf(workload);
    return pairs.every(([key, value]) => labels[key] === String(value) || labels[key] === void 0 && controllerPodLabelKeys.has(key) && controllerPodLabelMatches(workload, key, String(value)));
  });
}
function operatorResourcesMatching(resources, namespace, defaultNamespace, matches) {
  const objects = scopeOf(resources, defaultNamespace).customObjects().get(namespace) ?? [];
  return objects.filter((object) => {
    const metadata = object.object.metadata;
    return matches(labelsOf(metadata?.labels));
  });
}
function isCustomGroup(resource) {
  const group = splitApiVersion(resource.apiVersion).group;
  return group.includes(".") && group !== "k8s.io" && !group.endsWith(".k8s.io");
}
function findInNamespace(resources, kind, name, namespace, defaultNamespace) {
  return scopeOf(resources, defaultNamespace).namesOf(kind, namespace).get(name);
}

// src/resources/rbac-policy.ts
function policyRulesOf(role) {
  const rules = role.object.rules;
  if (!Array.isArray(rules)) return [];
  const out = [];
  rules.forEach((rule, index) => {
    if (isObject(rule)) out.push({ path: ["rules", index], rule });
  });
  return out;
}
function stringsAt(rule, field) {
  const list = rule[field];
  return Array.isArray(list) ? list.filter((item) => typeof item === "string") : [];
}
function resourceMatches(granted, wanted) {
  if (granted === "*" || granted === wanted) return true;
  const slash = wanted.indexOf("/");
  if (slash < 0) return false;
  if (granted === `${wanted.slice(0, slash)}/*`) return true;
  return granted === `*/${wanted.slice(slash + 1)}`;
}
function ruleGrants(rule, wanted) {
  const groups = stringsAt(rule, "apiGroups");
  const resources = stringsAt(rule, "resources");
  const verbs = stringsAt(rule, "verbs");
  return groups.some((g) => g === "*" || wanted.apiGroups.includes(g)) && resources.some((r) => wanted.resources.some((w) => resourceMatches(r, w))) && verbs.some((v) => v === "*" || wanted.verbs.includes(v));
}
function roleRefOf(binding) {
  const ref = valueAt(binding.object, ["roleRef"]);
  if (!isObject(ref) || typeof ref.kind !== "string" || typeof ref.name !== "string") return void 0;
  return { kind: ref.kind, name: ref.name };
}
function boundRoleOf(binding, resources, defaultNamespace) {
  const ref = roleRefOf(binding);
  if (!ref) return void 0;
  if (ref.kind === "ClusterRole") return resources.ofKind("ClusterRole").find((r) => r.name === ref.name);
  if (ref.kind !== "Role" || binding.kind !== "RoleBinding") return void 0;
  const namespace = namespaceOf(binding, defaultNamespace);
  return resources.ofKind("Role").find((r) => r.name === ref.name && namespaceOf(r, defaultNamespace) === namespace);
}
function nameMatchesAny(name, patterns) {
  return patterns.some((p) => p.endsWith("*") ? name.startsWith(p.slice(0, -1)) : name === p);
}

// src/resources/scale-target.ts
function hpaTargets(hpa, workload, defaultNamespace) {
  const ref = valueAt(hpa.object, ["spec", "scaleTargetRef"]);
  if (!isObject(ref) || ref.kind !== workload.kind || ref.name !== workload.name) return false;
  if (namespaceOf(hpa, defaultNamespace) !== namespaceOf(workload, defaultNamespace)) return false;
  if (typeof ref.apiVersion === "string" && ref.apiVersion !== "") {
    return splitApiVersion(ref.apiVersion).group === splitApiVersion(workload.apiVersion).group;
  }
  return true;
}
function hpasTargeting(workload, resources, defaultNamespace) {
  return resources.ofKind("HorizontalPodAutoscaler").filter((hpa) => hpaTargets(hpa, workload, defaultNamespace));
}
function hpaMinReplicas(hpa) {
  const min = valueAt(hpa.object, ["spec", "minReplicas"]);
  if (min === void 0 || min === null) return 1;
  return typeof min === "number" && Number.isInteger(min) ? min : void 0;
}
function declaredReplicas(workload) {
  const replicas = valueAt(workload.object, ["spec", "replicas"]);
  if (replicas === void 0 || replicas === null) return 1;
  return typeof replicas === "number" && Number.isInteger(replicas) ? replicas : void 0;
}
function isKnownBelowReplicas(workload, resources, defaultNamespace, minimum) {
  const maxima = hpasTargeting(workload, resources, defaultNamespace).map((hpa) => valueAt(hpa.object, ["spec", "maxReplicas"])).filter((max) => typeof max === "number");
  if (maxima.length > 0) return Math.max(...maxima) < minimum;
  const replicas = valueAt(workload.object, ["spec", "replicas"]);
  return typeof replicas === "number" && replicas < minimum;
}

// src/resources/edit-distance.ts
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
    }
    previous = current;
  }
  return previous[b.length];
}

// src/resources/base64.ts
var alphabet = /^[A-Za-z0-9+/]*$/;
function isStandardBase64(text) {
  const clean = text.replace(/[\r\n]/g, "");
  if (clean.length % 4 !== 0) return false;
  const padding = clean.endsWith("==") ? 2 : clean.endsWith("=") ? 1 : 0;
  return alphabet.test(clean.slice(0, clean.length - padding));
}
function decodedLength(text) {
  const clean = text.replace(/[\r\n]/g, "");
  const padding = clean.endsWith("==") ? 2 : clean.endsWith("=") ? 1 : 0;
  return clean.length / 4 * 3 - padding;
}

// src/resources/kind-families.ts
var workloadKinds = ["Pod", "Deployment", "ReplicaSet", "ReplicationController", "StatefulSet", "DaemonSet", "Job", "CronJob"];
var longRunningKinds = ["Pod", "Deployment", "ReplicaSet", "ReplicationController", "StatefulSet", "DaemonSet"];
var replicatedKinds = ["Deployment", "StatefulSet", "ReplicaSet", "ReplicationController"];
var templateControllerKinds = ["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController"];
var appsWorkloadKinds = ["Deployment", "ReplicaSet", "DaemonSet", "StatefulSet"];
var updateStrategyKinds = ["Deployment", "StatefulSet", "DaemonSet"];
var rolloutKinds = [...updateStrategyKinds, "Job", "CronJob"];
var scalableKinds = ["Deployment", "StatefulSet"];
var jobKinds = ["Job", "CronJob"];
var roleKinds = ["Role", "ClusterRole"];
var roleBindingKinds = ["RoleBinding", "ClusterRoleBinding"];
function isKindOf(family, kind) {
  return family.includes(kind);
}

// src/resources/metadata-policy-kinds.ts
var metadataPolicyKinds = [
  ...workloadKinds,
  "Service",
  "Ingress",
  "ConfigMap",
  "Secret",
  "ServiceAccount",
  "PersistentVolumeClaim",
  "NetworkPolicy",
  "PodDisruptionBudget",
  "HorizontalPodAutoscaler",
  "Role",
  "RoleBinding",
  "ClusterRole",
  "ClusterRoleBinding",
  "Namespace"
];

// src/resources/regexp-size.ts
function estimatedProgramSize(pattern) {
  const frames = [{ size: 0, last: 0 }];
  const top = () => frames[frames.length - 1];
  const add = (atom) => {
    const frame = top();
    frame.size = Math.min(frame.size + atom, cap);
    frame.last = atom;
  };
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") {
      i = pattern[i + 2] === "{" && "pPx".includes(pattern.charAt(i + 1)) ? closing(pattern, i + 2, "}") : i + 1;
      add(1);
    } else if (c === "[") {
      i = classEnd(pattern, i);
      add(1);
    } else if (c === "(") {
      frames.push({ size: 0, last: 0 });
    } else if (c === ")" && frames.length > 1) {
      const group = frames.pop();
      add(group.size + 2);
    } else if (c === "{" && /^\{\d+(,\d*)?\}/.test(pattern.slice(i, i + 24))) {
      const [min, max] = pattern.slice(i + 1, pattern.indexOf("}", i)).split(",");
      const times = max === void 0 ? Number(min) : max === "" ? Number(min) + 1 : Number(max);
      const frame = top();
      frame.size = Math.min(frame.size + frame.last * Math.max(times - 1, 0) + 1, cap);
      i = pattern.indexOf("}", i);
    } else {
      add(1);
    }
  }
  return frames.reduce((sum, frame) => Math.min(sum + frame.size, cap), 0);
}
var cap = 1e12;
function closing(pattern, from, char) {
  const end = pattern.indexOf(char, from);
  return end < 0 ? pattern.length - 1 : end;
}
function classEnd(pattern, start) {
  let i = start + 1;
  if (pattern[i] === "^") i++;
  if (pattern[i] === "]") i++;
  for (; i < pattern.length; i++) {
    if (pattern[i] === "\\") i++;
    else if (pattern[i] === "[" && pattern[i + 1] === ":") i = closing(pattern, i + 2, "]");
    else if (pattern[i] === "]") return i;
  }
  return pattern.length - 1;
}

// src/resources/config-references.ts
function configReferencesOf(resource) {
  const out = [];
  const add = (kind, ref, path2, nameField = "name") => {
    if (isObject(ref)) out.push({ kind, ref, path: path2, nameField });
  };
  for (const container of containersOf(resource)) {
    const { env, envFrom } = container.spec;
    if (Array.isArray(env)) {
      env.forEach((entry, i) => {
        const from = isObject(entry) ? entry.valueFrom : void 0;
        if (!isObject(from)) return;
        add("Secret", from.secretKeyRef, [...container.path, "env", i, "valueFrom", "secretKeyRef"]);
        add("ConfigMap", from.configMapKeyRef, [...container.path, "env", i, "valueFrom", "configMapKeyRef"]);
      });
    }
    if (Array.isArray(envFrom)) {
      envFrom.forEach((entry, i) => {
        if (!isObject(entry)) return;
        add("Secret", entry.secretRef, [...container.path, "envFrom", i, "secretRef"]);
        add("ConfigMap", entry.configMapRef, [...container.path, "envFrom", i, "configMapRef"]);
      });
    }
  }
  const pod = podSpecOf(resource);
  if (pod && Array.isArray(pod.spec.volumes)) {
    pod.spec.volumes.forEach((volume, v) => {
      if (!isObject(volume)) return;
      const path2 = [...pod.path, "volumes", v];
      add("Secret", volume.secret, [...path2, "secret"], "secretName");
      add("ConfigMap", volume.configMap, [...path2, "configMap"]);
      const sources = isObject(volume.projected) ? volume.projected.sources : void 0;
      if (!Array.isArray(sources)) return;
      sources.forEach((source, s) => {
        if (!isObject(source)) return;
        add("Secret", source.secret, [...path2, "projected", "sources", s, "secret"]);
        add("ConfigMap", source.configMap, [...path2, "projected", "sources", s, "configMap"]);
      });
    });
  }
  return out;
}

// src/resources/merge-keys.ts
var byListName = {
  containers: "name",
  initContainers: "name",
  ephemeralContainers: "name",
  volumes: "name",
  imagePullSecrets: "name",
  hostAliases: "ip",
  topologySpreadConstraints: "topologyKey",
  schedulingGates: "name",
  resourceClaims: "name",
  env: "name",
  volumeMounts: "mountPath",
  volumeDevices: "devicePath",
  conditions: "type",
  ownerReferences: "uid"
};
function mergeKeyOf(path2) {
  const last = path2[path2.length - 1];
  if (typeof last !== "string") return void 0;
  if (last === "ports") {
    return path2[path2.length - 2] === "spec" ? "port" : "containerPort";
  }
  if (last === "secrets" && path2.length === 1) return "name";
  return byListName[last];
}
function usesStrategicMerge(group) {
  if (group === "") return true;
  if (!group.includes(".")) return true;
  return group.endsWith(".k8s.io") && !group.endsWith(".x-k8s.io") && group !== "gateway.networking.k8s.io";
}

// src/resources/duplicate-objects.ts
function objectKey(apiVersion, kind, namespace, name) {
  return `${splitApiVersion(apiVersion).group}/${kind}/${namespace ?? ""}/${name}`;
}
function duplicateObjectMessage(kind, name, earlier, builtBy) {
  if (builtBy && builtBy[0] !== builtBy[1]) {
    return `${kind} "${name}" is built by two kustomizations (${builtBy[0]} and ${builtBy[1]}); applied together, the later would overwrite the earlier: plan one overlay at a time`;
  }
  return `${kind} "${name}" is defined twice (also in ${earlier.file}:${earlier.start.line}); the later one would overwrite the earlier`;
}
function clusterScopedCustomKinds(crds) {
  const out = /* @__PURE__ */ new Set();
  for (const crd of crds) {
    const spec = crd.spec;
    if (!isObject(spec) || !isObject(spec.names) || spec.scope !== "Cluster") continue;
    if (typeof spec.group === "string" && typeof spec.names.kind === "string") out.add(`${spec.group}/${spec.names.kind}`);
  }
  return out;
}
function findDuplicateObjects(resources, scope) {
  const seen = /* @__PURE__ */ new Set();
  const candidates = /* @__PURE__ */ new Set();
  const named = [];
  for (const resource of resources) {
    if (!isObject(resource.object.metadata) || typeof resource.object.metadata.name !== "string" || resource.name === "") continue;
    const short = `${resource.kind}/${resource.name}`;
    if (seen.has(short)) candidates.add(short);
    else seen.add(short);
    named.push(resource);
  }
  if (candidates.size === 0) return [];
  const first = /* @__PURE__ */ new Map();
  const out = [];
  for (const resource of named) {
    const { apiVersion, kind, name } = resource;
    if (!candidates.has(`${kind}/${name}`)) continue;
    const clusterScoped = isClusterScoped(resource) || scope.clusterScopedCustomKinds.has(`${splitApiVersion(apiVersion).group}/${kind}`);
    const key = objectKey(apiVersion, kind, clusterScoped ? void 0 : resource.namespace ?? scope.defaultNamespace, name);
    const earlier = first.get(key);
    if (earlier === void 0) {
      first.set(key, resource);
      continue;
    }
    const path2 = ["metadata", "name"];
    const message = duplicateObjectMessage(kind, name, earlier.rangeOf(path2));
    out.push({ ruleId: "input/duplicate-object", messageId: "duplicate", severity: "warning", message, range: resource.rangeOf(path2), resource: resourceIdOf(resource), path: path2 });
  }
  return out;
}

// src/resources/offline-git.ts
function offlineGitEnv() {
  return { ...process.env, GIT_NO_LAZY_FETCH: "1", GIT_ALLOW_PROTOCOL: "file", GIT_TERMINAL_PROMPT: "0" };
}

// src/resources/load-restrictor.ts
var loadRestrictors = ["LoadRestrictionsRootOnly", "LoadRestrictionsNone"];
function isLoadRestrictor(value) {
  return loadRestrictors.includes(value);
}

// src/resources/go-duration.ts
var maxInt64 = (1n << 63n) - 1n;
var limit = 1n << 63n;
var goUnits = {
  ns: 1n,
  us: 1000n,
  "\xB5s": 1000n,
  "\u03BCs": 1000n,
  ms: 1000000n,
  s: 1000000000n,
  m: 60000000000n,
  h: 3600000000000n
};
function isGoDuration(input) {
  let s = input;
  let negative = false;
  if (s[0] === "-" || s[0] === "+") {
    negative = s[0] === "-";
    s = s.slice(1);
  }
  if (s === "0") return true;
  if (s === "") return false;
  let total = 0n;
  let at = 0;
  while (at < s.length) {
    if (!(s[at] === "." || isDigit(s[at]))) return false;
    const intStart = at;
    let whole = 0n;
    for (; at < s.length && isDigit(s[at]); at++) {
      if (whole > limit / 10n) return false;
      whole = whole * 10n + BigInt(s.charCodeAt(at) - 48);
      if (whole > limit) return false;
    }
    const before = at > intStart;
    let fraction = 0n;
    let scale = 1;
    let after = false;
    if (s[at] === ".") {
      at += 1;
      const fractionStart = at;
      let overflow = false;
      for (; at < s.length && isDigit(s[at]); at++) {
        if (overflow) continue;
        if (fraction > maxInt64 / 10n) {
          overflow = true;
          continue;
        }
        const next = fraction * 10n + BigInt(s.charCodeAt(at) - 48);
        if (next > limit) {
          overflow = true;
          continue;
        }
        fraction = next;
        scale *= 10;
      }
      after = at > fractionStart;
    }
    if (!before && !after) return false;
    const unitStart = at;
    while (at < s.length && s[at] !== "." && !isDigit(s[at])) at += 1;
    if (at === unitStart) return false;
    const unit = goUnits[s.slice(unitStart, at)];
    if (unit === void 0) return false;
    if (whole > limit / unit) return false;
    let value = whole * unit;
    if (fraction > 0n) {
      value += BigInt(Math.trunc(Number(fraction) * (Number(unit) / scale)));
      if (value > limit) return false;
    }
    total += value;
    if (total > limit) return false;
  }
  return negative || total <= maxInt64;
}
function isDigit(c) {
  return c !== void 0 && c >= "0" && c <= "9";
}

export {
  formatPath,
  valueAt,
  findingKey,
  compareDiagnostics,
  splitApiVersion,
  formatResourceId,
  resourceIdOf,
  ResourceSet,
  ExitCode,
  DrydockError,
  describeInternalError,
  internalFailure,
  hasInternalFailure,
  repositoryUrl,
  docsBaseUrl,
  ruleDocsUrl,
  supportedKubernetesVersions,
  defaultKubernetesVersion,
  parseKubernetesVersion,
  minorOf,
  podTemplatePath,
  podSpecOf,
  containersOf,
  isObject,
  podLabelsOf,
  selectorMatches,
  mapMatches,
  labelsOf,
  namespaceOf,
  hostPathMountsOf,
  isPathUnder,
  trimTrailingSlashes,
  looksLikeCredentialName,
  couldBeCredentialValue,
  holdsPrivateKey,
  effectiveSecurityContext,
  capabilitiesOf,
  memoByString,
  parseQuantity,
  compareQuantities,
  quantityError,
  removeEmptyDefaults,
  withoutEmptyDefaults,
  missingFieldPath,
  parseImageReference,
  resourceAmountOf,
  unsetResourceAmounts,
  undeclaredProbePorts,
  parseIntOrPercent,
  scaledCount,
  builtInClusterKinds,
  isClusterScoped,
  namespaceHasOtherObjects,
  podCreatorsOf,
  ofKindIn,
  shouldJudgeSelection,
  podCreatorsSelectedBy,
  operatorResourcesMatching,
  findInNamespace,
  policyRulesOf,
  ruleGrants,
  roleRefOf,
  boundRoleOf,
  nameMatchesAny,
  hpaTargets,
  hpasTargeting,
  hpaMinReplicas,
  declaredReplicas,
  isKnownBelowReplicas,
  editDistance,
  isStandardBase64,
  decodedLength,
  workloadKinds,
  longRunningKinds,
  replicatedKinds,
  templateControllerKinds,
  appsWorkloadKinds,
  updateStrategyKinds,
  rolloutKinds,
  scalableKinds,
  jobKinds,
  roleKinds,
  roleBindingKinds,
  isKindOf,
  metadataPolicyKinds,
  estimatedProgramSize,
  configReferencesOf,
  maxQuotedLength,
  quoteName,
  quoteValue,
  safeMessage,
  safeMessageData,
  isInside,
  isStrictlyInside,
  mergeKeyOf,
  usesStrategicMerge,
  noneSkipped,
  describeSkipped,
  describeRun,
  plural,
  objectKey,
  duplicateObjectMessage,
  clusterScopedCustomKinds,
  findDuplicateObjects,
  rulePresets,
  isRulePreset,
  offlineGitEnv,
  loadRestrictors,
  isLoadRestrictor,
  isGoDuration
};
