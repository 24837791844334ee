import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  defaultMaxFileBytes,
  displayName,
  isMarkdownName,
  loadFile,
  loadInputs,
  readFileBounded
} from "./chunk-6BE7FF14.js";
import {
  issuesFromAjvErrors
} from "./chunk-FB1328E6.js";
import {
  DrydockError,
  ResourceSet,
  appsWorkloadKinds,
  builtInClusterKinds,
  clusterScopedCustomKinds,
  compareQuantities,
  containersOf,
  decodedLength,
  findDuplicateObjects,
  formatPath,
  internalFailure,
  isGoDuration,
  isObject,
  isStandardBase64,
  jobKinds,
  maxQuotedLength,
  memoByString,
  minorOf,
  parseIntOrPercent,
  parseQuantity,
  podSpecOf,
  podTemplatePath,
  quantityError,
  quoteName,
  resourceIdOf,
  splitApiVersion,
  valueAt,
  withoutEmptyDefaults
} from "./chunk-084AE718.js";

// src/run/batch-queue.ts
var BatchQueue = class {
  /** `shared` is the counter's memory: a new queue when omitted, or the same queue seen from another thread. */
  constructor(files, batchSize2, shared = new SharedArrayBuffer(4)) {
    this.files = files;
    this.batchSize = batchSize2;
    this.counter = new Int32Array(shared);
  }
  files;
  batchSize;
  counter;
  /** The memory to hand to another thread, with `files` and `batchSize`, to share this queue. */
  get shared() {
    return this.counter.buffer;
  }
  get batchCount() {
    return Math.ceil(this.files.length / this.batchSize);
  }
  /** The index of the next batch nobody has taken yet, or undefined when all are taken. */
  take() {
    const index = Atomics.add(this.counter, 0, 1);
    return index < this.batchCount ? index : void 0;
  }
  filesOf(index) {
    return this.files.slice(index * this.batchSize, (index + 1) * this.batchSize);
  }
};

// src/schema/api-removals.ts
var workloads = ["DaemonSet", "Deployment", "ReplicaSet", "StatefulSet", "ControllerRevision"];
var flowcontrol = ["FlowSchema", "PriorityLevelConfiguration"];
var apiRemovals = [
  { apiVersion: "extensions/v1beta1", kinds: ["DaemonSet", "Deployment", "ReplicaSet"], removedIn: "1.16", replacement: "apps/v1" },
  { apiVersion: "extensions/v1beta1", kinds: ["NetworkPolicy"], removedIn: "1.16", replacement: "networking.k8s.io/v1" },
  { apiVersion: "extensions/v1beta1", kinds: ["PodSecurityPolicy"], removedIn: "1.16", replacement: null },
  { apiVersion: "extensions/v1beta1", kinds: ["Ingress"], removedIn: "1.22", replacement: "networking.k8s.io/v1" },
  { apiVersion: "apps/v1beta1", kinds: workloads, removedIn: "1.16", replacement: "apps/v1" },
  { apiVersion: "apps/v1beta2", kinds: workloads, removedIn: "1.16", replacement: "apps/v1" },
  { apiVersion: "admissionregistration.k8s.io/v1alpha1", kinds: ["InitializerConfiguration"], removedIn: "1.14", replacement: null },
  { apiVersion: "settings.k8s.io/v1alpha1", kinds: ["PodPreset"], removedIn: "1.20", replacement: null },
  { apiVersion: "batch/v2alpha1", kinds: ["CronJob"], removedIn: "1.21", replacement: "batch/v1" },
  ...v1beta1RemovedIn122(),
  { apiVersion: "networking.k8s.io/v1beta1", kinds: ["Ingress", "IngressClass"], removedIn: "1.22", replacement: "networking.k8s.io/v1" },
  { apiVersion: "batch/v1beta1", kinds: ["CronJob"], removedIn: "1.25", replacement: "batch/v1" },
  { apiVersion: "discovery.k8s.io/v1beta1", kinds: ["EndpointSlice"], removedIn: "1.25", replacement: "discovery.k8s.io/v1" },
  { apiVersion: "events.k8s.io/v1beta1", kinds: ["Event"], removedIn: "1.25", replacement: "events.k8s.io/v1" },
  { apiVersion: "autoscaling/v2beta1", kinds: ["HorizontalPodAutoscaler"], removedIn: "1.25", replacement: "autoscaling/v2" },
  { apiVersion: "policy/v1beta1", kinds: ["PodDisruptionBudget"], removedIn: "1.25", replacement: "policy/v1" },
  { apiVersion: "policy/v1beta1", kinds: ["PodSecurityPolicy"], removedIn: "1.25", replacement: null },
  { apiVersion: "node.k8s.io/v1beta1", kinds: ["RuntimeClass"], removedIn: "1.25", replacement: "node.k8s.io/v1" },
  { apiVersion: "autoscaling/v2beta2", kinds: ["HorizontalPodAutoscaler"], removedIn: "1.26", replacement: "autoscaling/v2" },
  { apiVersion: "flowcontrol.apiserver.k8s.io/v1beta1", kinds: flowcontrol, removedIn: "1.26", replacement: "flowcontrol.apiserver.k8s.io/v1" },
  { apiVersion: "storage.k8s.io/v1beta1", kinds: ["CSIStorageCapacity"], removedIn: "1.27", replacement: "storage.k8s.io/v1" },
  { apiVersion: "flowcontrol.apiserver.k8s.io/v1beta2", kinds: flowcontrol, deprecatedIn: "1.26", removedIn: "1.29", replacement: "flowcontrol.apiserver.k8s.io/v1" },
  { apiVersion: "flowcontrol.apiserver.k8s.io/v1beta3", kinds: flowcontrol, deprecatedIn: "1.29", removedIn: "1.32", replacement: "flowcontrol.apiserver.k8s.io/v1" }
];
function v1beta1RemovedIn122() {
  const moved = [
    ["admissionregistration.k8s.io", ["MutatingWebhookConfiguration", "ValidatingWebhookConfiguration"]],
    ["apiextensions.k8s.io", ["CustomResourceDefinition"]],
    ["apiregistration.k8s.io", ["APIService"]],
    ["authentication.k8s.io", ["TokenReview"]],
    ["authorization.k8s.io", ["LocalSubjectAccessReview", "SelfSubjectAccessReview", "SubjectAccessReview"]],
    ["certificates.k8s.io", ["CertificateSigningRequest"]],
    ["coordination.k8s.io", ["Lease"]],
    ["rbac.authorization.k8s.io", ["ClusterRole", "ClusterRoleBinding", "Role", "RoleBinding"]],
    ["scheduling.k8s.io", ["PriorityClass"]],
    ["storage.k8s.io", ["CSIDriver", "CSINode", "StorageClass", "VolumeAttachment"]]
  ];
  return moved.map(([group, kinds]) => ({
    apiVersion: `${group}/v1beta1`,
    kinds,
    removedIn: "1.22",
    replacement: `${group}/v1`
  }));
}

// src/schema/api-version-order.ts
var pattern = /^v(\d+)(?:(alpha|beta)(\d+))?$/;
function isPrerelease(version) {
  return /^v\d+(alpha|beta)\d+$/.test(version);
}
function compareApiVersions(a, b) {
  return rank(b) - rank(a);
}
function rank(version) {
  const match = pattern.exec(version);
  if (!match) return -1;
  const stability = match[2] === void 0 ? 2 : match[2] === "beta" ? 1 : 0;
  return stability * 1e6 + Number(match[1]) * 1e3 + Number(match[3] ?? 0);
}

// src/schema/api-lifecycle.ts
var ApiLifecycle = class {
  constructor(store, target) {
    this.store = store;
    this.target = target;
  }
  store;
  target;
  groups;
  /** `group/Kind` → the API versions serving it at the target. */
  served;
  deprecations = /* @__PURE__ */ new Map();
  /** Built lazily: a run whose resources all use current GA versions never needs them. */
  index() {
    if (!this.groups || !this.served) {
      const groups = new Set(apiRemovals.map((removal) => splitApiVersion(removal.apiVersion).group));
      const served = /* @__PURE__ */ new Map();
      for (const [key, entry] of Object.entries(this.store.kinds)) {
        const slash = key.lastIndexOf("/");
        const { group, version } = splitApiVersion(key.slice(0, slash));
        groups.add(group);
        if (!entry.versions.includes(this.target)) continue;
        const groupKind = `${group}/${key.slice(slash + 1)}`;
        served.set(groupKind, [...served.get(groupKind) ?? [], version]);
      }
      this.groups = groups;
      this.served = served;
    }
    return { groups: this.groups, served: this.served };
  }
  /** Whether `group` is a built-in Kubernetes API group (`''` is the core group). */
  isBuiltinGroup(group) {
    return this.index().groups.has(group);
  }
  /** A warning when the target serves `apiVersion` + `kind` but deprecates it. */
  deprecation(apiVersion, kind) {
    const key = `${apiVersion}/${kind}`;
    if (!this.deprecations.has(key)) this.deprecations.set(key, this.findDeprecation(apiVersion, kind));
    const found2 = this.deprecations.get(key);
    return found2 && { ...found2, path: [...found2.path] };
  }
  findDeprecation(apiVersion, kind) {
    const removal = removalOf(apiVersion, kind);
    if (removal?.deprecatedIn && minorOf(removal.deprecatedIn) <= minorOf(this.target)) {
      const use = this.replacement(apiVersion, kind, removal);
      return warning(`${apiVersion} ${kind} is deprecated since Kubernetes ${removal.deprecatedIn} and removed in ${removal.removedIn}${use}`);
    }
    const { group, version } = splitApiVersion(apiVersion);
    if (!isPrerelease(version)) return void 0;
    const preferred = this.preferredVersion(group, kind);
    if (preferred && !isPrerelease(preferred)) {
      return warning(`${apiVersion} ${kind} is deprecated; use ${withGroup(group, preferred)}`);
    }
    return void 0;
  }
  /** The error for a built-in group's `apiVersion` + `kind` that the target does not serve. */
  notServed(apiVersion, kind) {
    const removal = removalOf(apiVersion, kind);
    if (removal && minorOf(removal.removedIn) <= minorOf(this.target)) {
      return error("apiRemoved", `${apiVersion} ${kind} was removed in Kubernetes ${removal.removedIn}${this.replacement(apiVersion, kind, removal)}`);
    }
    const served = this.store.kind(apiVersion, kind)?.versions ?? [];
    const later = served.filter((v) => minorOf(v) > minorOf(this.target));
    const use = this.replacement(apiVersion, kind, void 0);
    if (served.length > 0 && later.length === served.length) {
      return error("apiNotYetServed", `${apiVersion} ${kind} is not served before Kubernetes ${later[0]} (the target is ${this.target})${use}`);
    }
    if (served.length > 0) {
      const lastServed = served.filter((v) => minorOf(v) < minorOf(this.target)).at(-1);
      const removedIn = this.store.versions.find((v) => minorOf(v) > minorOf(lastServed)) ?? this.target;
      return error("apiRemoved", `${apiVersion} ${kind} was removed in Kubernetes ${removedIn}${use}`);
    }
    const gone = apiRemovals.filter((r) => r.kinds.includes(kind) && r.replacement === null && minorOf(r.removedIn) <= minorOf(this.target)).sort((a, b) => minorOf(b.removedIn) - minorOf(a.removedIn))[0];
    const why = gone ? `; ${kind} was removed in Kubernetes ${gone.removedIn} with no replacement` : use || this.servedElsewhere(kind);
    return error("apiNotServed", `${apiVersion} ${kind} is not served by Kubernetes ${this.target}${why}`);
  }
  /** `; Deployment is served as apps/v1`, when the kind lives in another group (a wrong apiVersion). */
  servedElsewhere(kind) {
    const places = [];
    for (const [groupKind, versions] of this.index().served) {
      const slash = groupKind.lastIndexOf("/");
      if (groupKind.slice(slash + 1) !== kind) continue;
      const group = groupKind.slice(0, slash);
      const [first] = [...versions].sort(compareApiVersions);
      if (first !== void 0) places.push(withGroup(group, first));
    }
    return places.length === 0 ? "" : `; ${kind} is served as ${places.sort().slice(0, 3).join(" or ")}`;
  }
  /** `; use <apiVersion>` naming where the kind is served at the target, or why there is none. */
  replacement(apiVersion, kind, removal) {
    if (removal?.replacement === null) return "; the kind has no replacement";
    const group = splitApiVersion(removal?.replacement ?? apiVersion).group;
    const preferred = this.preferredVersion(group, kind);
    if (preferred) return `; use ${withGroup(group, preferred)}`;
    return removal?.replacement ? `; use ${removal.replacement}` : "";
  }
  preferredVersion(group, kind) {
    return [...this.index().served.get(`${group}/${kind}`) ?? []].sort(compareApiVersions)[0];
  }
};
function removalOf(apiVersion, kind) {
  return apiRemovals.find((r) => r.apiVersion === apiVersion && r.kinds.includes(kind));
}
function withGroup(group, version) {
  return group === "" ? version : `${group}/${version}`;
}
function error(messageId, message) {
  return { ruleId: "schema/api-not-served", messageId, message, severity: "error", path: ["apiVersion"] };
}
function warning(message) {
  return { ruleId: "schema/deprecated-api", messageId: "apiDeprecated", message, severity: "warning", path: ["apiVersion"] };
}

// src/schema/schema-walker.ts
var quantityRef = "io.k8s.apimachinery.pkg.api.resource.Quantity";
function walkSchema(schema, data, resolve) {
  const walker = new Walker(resolve);
  walker.visit(schema, data);
  return walker.errors;
}
var Walker = class {
  constructor(resolve) {
    this.resolve = resolve;
  }
  resolve;
  errors = [];
  /** The path from the root to the value being visited; strings are only built for errors. */
  at = [];
  visit(schema, data) {
    if (typeof schema.$ref === "string") {
      const target = this.resolve(schema.$ref);
      if (!target) throw new Error(`schema reference ${schema.$ref} does not resolve`);
      this.visit(target, data);
      const problem = schema.$ref === quantityRef ? quantityError(data) : void 0;
      if (problem) this.fail(target, data, "quantity", { reason: problem }, problem);
      return;
    }
    const type = schema.type;
    if (type !== void 0 && !hasType(data, type)) {
      const names = Array.isArray(type) ? type.join(",") : type;
      this.fail(schema, data, "type", { type: names }, `must be ${names}`);
      return;
    }
    const allowed = schema.enum;
    if (allowed && !allowed.includes(data)) {
      this.fail(schema, data, "enum", { allowedValues: allowed }, "must be equal to one of the allowed values");
    }
    const items = schema.items;
    if (Array.isArray(data) && items) {
      data.forEach((item, i) => this.visitChild(items, item, i));
    } else if (isPlainObject(data)) {
      this.visitObject(schema, data);
    }
  }
  visitChild(schema, data, step) {
    this.at.push(step);
    this.visit(schema, data);
    this.at.pop();
  }
  visitObject(schema, data) {
    for (const field of schema.required ?? []) {
      if (data[field] === void 0) {
        this.fail(schema, data, "required", { missingProperty: field }, `must have required property '${field}'`);
      }
    }
    const properties = schema.properties;
    const additional = schema.additionalProperties;
    for (const key in data) {
      const value = data[key];
      if (properties && Object.hasOwn(properties, key)) {
        this.visitChild(properties[key], value, key);
      } else if (additional === false) {
        this.fail(schema, data, "additionalProperties", { additionalProperty: key }, "must NOT have additional properties");
      } else if (typeof additional === "object") {
        this.visitChild(additional, value, key);
      }
    }
  }
  fail(schema, data, keyword, params, message) {
    const instancePath = this.at.map((step) => `/${String(step).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
    this.errors.push({
      keyword,
      instancePath,
      schemaPath: `#/${keyword}`,
      params,
      message,
      schema: schema[keyword],
      parentSchema: schema,
      data
    });
  }
};
function hasType(data, type) {
  return Array.isArray(type) ? type.some((one) => isOfType(data, one)) : isOfType(data, type);
}
function isOfType(data, type) {
  switch (type) {
    case "object":
      return isPlainObject(data);
    case "array":
      return Array.isArray(data);
    case "integer":
      return typeof data === "number" && Number.isInteger(data);
    case "number":
      return typeof data === "number" && Number.isFinite(data);
    case "null":
      return data === null;
    default:
      return typeof data === type;
  }
}
function isPlainObject(data) {
  return data !== null && typeof data === "object" && !Array.isArray(data);
}

// src/schema/builtin-schemas.ts
var BuiltinSchemas = class {
  constructor(store, version) {
    this.store = store;
    this.version = version;
  }
  store;
  version;
  resolved = /* @__PURE__ */ new Map();
  resolve = (name) => {
    if (!this.resolved.has(name)) this.resolved.set(name, this.store.definition(name, this.version));
    return this.resolved.get(name);
  };
  /** Whether this version serves `apiVersion` + `kind`. */
  serves(apiVersion, kind) {
    return this.store.kind(apiVersion, kind)?.versions.includes(this.version) ?? false;
  }
  /** ajv-shaped errors for `object`, or undefined when this version does not serve the kind. */
  validate(apiVersion, kind, object) {
    const entry = this.store.kind(apiVersion, kind);
    if (!entry?.versions.includes(this.version)) return void 0;
    const root = this.resolve(entry.definition);
    if (!root) throw new Error(`schemas/ lists ${apiVersion} ${kind} for ${this.version} without its definition`);
    return walkSchema(root, object, this.resolve);
  }
};

// src/schema/schema-store.ts
import { existsSync as existsSync2, readFileSync } from "node:fs";
import { join as join2 } from "node:path";

// src/schema/schemas-dir.ts
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var found;
function bundledSchemasDir() {
  if (found) return found;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (; ; ) {
    const candidate = join(dir, "schemas");
    if (existsSync(join(candidate, "index.json"))) return found = candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`schemas/index.json not found above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}

// src/schema/schema-store.ts
var SchemaStore = class {
  constructor(dir = bundledSchemasDir()) {
    this.dir = dir;
  }
  dir;
  index;
  packages = /* @__PURE__ */ new Map();
  /** Every group/version/kind of every bundled version, keyed `group/version/Kind` (`v1/Pod`). */
  get kinds() {
    return this.loadIndex().kinds;
  }
  /** The entry for `apiVersion` + `kind`, whatever versions serve it. */
  kind(apiVersion, kind) {
    return Object.hasOwn(this.kinds, `${apiVersion}/${kind}`) ? this.kinds[`${apiVersion}/${kind}`] : void 0;
  }
  /** The schema of definition `name` in Kubernetes `version`, or undefined if it has none there. */
  definition(name, version) {
    const dot = name.lastIndexOf(".");
    const variants = this.loadPackage(name.slice(0, dot))?.[name.slice(dot + 1)];
    return variants?.find(([versions]) => versions.includes(version))?.[1];
  }
  /** The bundled Kubernetes versions, oldest first. */
  get versions() {
    return this.loadIndex().versions;
  }
  loadIndex() {
    this.index ??= JSON.parse(readFileSync(join2(this.dir, "index.json"), "utf8"));
    return this.index;
  }
  loadPackage(pkg) {
    if (!this.packages.has(pkg)) {
      const file = join2(this.dir, "definitions", `${pkg}.json`);
      if (!existsSync2(file)) return void 0;
      this.packages.set(pkg, JSON.parse(readFileSync(file, "utf8")));
    }
    return this.packages.get(pkg);
  }
};

// src/schema/without-nulls.ts
function withoutNulls(value) {
  return strip(value);
}
function strip(value) {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) {
    let copy2;
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      const next = strip(item);
      if (next !== item) (copy2 ??= [...value])[i] = next;
    }
    return copy2 ?? value;
  }
  const object = value;
  let copy;
  for (const key in object) {
    if (!Object.hasOwn(object, key)) continue;
    const item = object[key];
    if (item === null) {
      copy ??= { ...object };
      delete copy[key];
    } else if (typeof item === "object") {
      const next = strip(item);
      if (next !== item) (copy ??= { ...object })[key] = next;
    }
  }
  return copy ?? object;
}

// src/schema/schema-validator.ts
var sharedStore;
function buildSchemaValidator(options, sources) {
  const store = sharedStore ??= new SchemaStore();
  const builtin = new BuiltinSchemas(store, options.kubernetesVersion);
  const lifecycle = new ApiLifecycle(store, options.kubernetesVersion);
  const { crds, extra, unreadableCrds = [] } = sources;
  return {
    validate(resource) {
      const { apiVersion, kind } = resource;
      if (!apiVersion || !kind) return [missingTypeIssue(apiVersion ? "kind" : "apiVersion", resource.object)];
      if (kind === "List" && apiVersion === "v1" && resource.object.items === void 0) return [listWithoutItemsIssue()];
      const object = withoutNulls(resource.object);
      const wording = { sensitive: kind === "Secret" };
      const errors = builtin.validate(apiVersion, kind, object);
      if (errors) {
        const deprecation = lifecycle.deprecation(apiVersion, kind);
        const definition = crds?.definitionIssues(resource) ?? [];
        return [...deprecation ? [deprecation] : [], ...issuesFromAjvErrors(errors, wording), ...definition];
      }
      const custom = crds?.validate(resource);
      if (custom) return custom;
      const { group } = splitApiVersion(apiVersion);
      if (lifecycle.isBuiltinGroup(group)) return [lifecycle.notServed(apiVersion, kind)];
      const validate = extra?.validatorFor(apiVersion, kind);
      if (validate) return validate(object) ? [] : issuesFromAjvErrors(validate.errors ?? [], wording);
      const unreadable = unreadableCrds.find((crd) => (crd.group ?? group) === group && (crd.kind ?? kind) === kind);
      if (unreadable) return [crdUnreadableIssue(unreadable)];
      return [unknownKindIssue(apiVersion, kind)];
    },
    scopeOf(apiVersion, kind) {
      return store.kind(apiVersion, kind)?.scope ?? crds?.scopeOf(apiVersion, kind);
    }
  };
}
function missingTypeIssue(field, object) {
  const messageId = field === "kind" ? "missingKind" : "missingApiVersion";
  if (object[field] !== void 0 && object[field] !== null) {
    return { ruleId: "schema", messageId, message: `"${field}" is empty: an object needs a ${field}`, severity: "error", path: [field], target: "value" };
  }
  return { ruleId: "schema", messageId, message: `missing required field "${field}"`, severity: "error", path: [field], target: "key" };
}
function listWithoutItemsIssue() {
  return { ruleId: "schema", messageId: "missingField", message: 'missing required field "items": a List holds its objects in items', severity: "error", path: ["items"], target: "key" };
}
function crdUnreadableIssue(crd) {
  const which = crd.group !== void 0 && crd.kind !== void 0 ? "the CustomResourceDefinition of this kind" : "a CustomResourceDefinition that may define this kind";
  return {
    ruleId: "schema/crd-unreadable",
    messageId: "crdUnreadable",
    message: `not checked: ${which} has a YAML error in the input (reported there), so its schema is unknown`,
    severity: "info",
    path: ["kind"]
  };
}
function unknownKindIssue(apiVersion, kind) {
  return {
    ruleId: "schema/unknown-kind",
    messageId: "unknownKind",
    message: `no schema for ${apiVersion} ${kind}: not a built-in kind, and no CRD in the input or extra schema defines it`,
    severity: "warning",
    path: ["kind"]
  };
}

// src/schema/load-schema-validator.ts
async function loadSchemaValidator(options, resources, unreadableCrds = []) {
  const sources = { unreadableCrds };
  if (resources.ofKind("CustomResourceDefinition", "apiextensions.k8s.io").length > 0) {
    const { createCrdRegistry } = await import("./crd-98D876FC.js");
    sources.crds = createCrdRegistry(resources, options.kubernetesVersion);
  }
  if (options.extraSchemas && options.extraSchemas.dirs.length > 0) {
    const { ExtraSchemas } = await import("./extra-schemas-985669C7.js");
    sources.extra = new ExtraSchemas(options.extraSchemas, options.kubernetesVersion);
  }
  return buildSchemaValidator(options, sources);
}

// src/validate/api-check.ts
function finding(messageId, path, text, target) {
  const sentence = text.endsWith(".") ? text : `${text}.`;
  const message = path.length > 0 ? `${formatPath(path)}: ${sentence}` : sentence;
  return target ? { messageId, message, path, target } : { messageId, message, path };
}

// src/validate/read-field.ts
function objectAt(value, path) {
  const found2 = valueAt(value, path);
  return isObject(found2) ? found2 : void 0;
}
function arrayAt(value, path) {
  const found2 = valueAt(value, path);
  return Array.isArray(found2) ? found2 : [];
}
function stringAt(value, path) {
  const found2 = valueAt(value, path);
  return typeof found2 === "string" ? found2 : void 0;
}
function isSet(value) {
  return value !== void 0 && value !== null;
}
function objectsOf(list) {
  if (!Array.isArray(list)) return [];
  const out = [];
  list.forEach((item, index) => {
    if (isObject(item)) out.push([item, index]);
  });
  return out;
}
function quote(value) {
  if (typeof value === "string") return quoteName(value);
  const json = JSON.stringify(value) ?? String(value);
  return json.length > maxQuotedLength ? `(a ${typeof value})` : json;
}

// src/validate/builtin-kinds.ts
var namespacedKinds = {
  "": [
    "Pod",
    "Service",
    "ConfigMap",
    "Secret",
    "ServiceAccount",
    "Endpoints",
    "PersistentVolumeClaim",
    "ReplicationController",
    "PodTemplate",
    "LimitRange",
    "ResourceQuota",
    "Event",
    "Binding"
  ],
  apps: ["Deployment", "ReplicaSet", "DaemonSet", "StatefulSet", "ControllerRevision"],
  batch: ["Job", "CronJob"],
  autoscaling: ["HorizontalPodAutoscaler"],
  policy: ["PodDisruptionBudget"],
  "networking.k8s.io": ["Ingress", "NetworkPolicy"],
  "rbac.authorization.k8s.io": ["Role", "RoleBinding"],
  "coordination.k8s.io": ["Lease"],
  "discovery.k8s.io": ["EndpointSlice"],
  "events.k8s.io": ["Event"],
  "storage.k8s.io": ["CSIStorageCapacity"],
  "resource.k8s.io": ["ResourceClaim", "ResourceClaimTemplate"]
};
var groupOfApiVersion = memoByString((apiVersion) => splitApiVersion(apiVersion).group);
function groupOf(resource) {
  return groupOfApiVersion(resource.apiVersion);
}
function listed(table, resource) {
  return table[groupOf(resource)]?.includes(resource.kind) ?? false;
}
function isBuiltInKind(resource) {
  return listed(namespacedKinds, resource) || listed(builtInClusterKinds, resource);
}
function isKind(resource, group, ...kinds) {
  return groupOf(resource) === group && kinds.includes(resource.kind);
}
function scopeOf(resource, resources) {
  if (listed(namespacedKinds, resource)) return "Namespaced";
  if (listed(builtInClusterKinds, resource)) return "Cluster";
  const crd = crdOf(resource, resources);
  const scope = crd && stringAt(crd.object, ["spec", "scope"]);
  return scope === "Namespaced" || scope === "Cluster" ? scope : void 0;
}
function crdOf(resource, resources) {
  const group = groupOf(resource);
  if (group === "") return void 0;
  return resources.ofKind("CustomResourceDefinition", "apiextensions.k8s.io").find((crd) => {
    const spec = objectAt(crd.object, ["spec"]);
    return spec?.group === group && objectAt(spec, ["names"])?.kind === resource.kind;
  });
}
var configGroup = /(^|\.)config\.k8s\.io$|^kustomize\.|^config\.kubernetes\.io$/;
function hasServerMetadata(resource, resources) {
  if (isBuiltInKind(resource) || crdOf(resource, resources) !== void 0) return true;
  const group = groupOf(resource);
  return group.includes(".") && !configGroup.test(group) && resource.kind !== "";
}

// src/validate/name-formats.ts
var dns1123Label = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
var dns1123Subdomain = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
var dns1035Label = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
var qualifiedNamePart = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
var labelValue = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
var configMapKey = /^[-._a-zA-Z0-9]+$/;
var tooLong = (max) => `must be no more than ${max} characters`;
function dns1123LabelError(value) {
  if (value.length > 63) return tooLong(63);
  if (!dns1123Label.test(value)) {
    return "is not a valid DNS-1123 label (lowercase letters, digits and '-', starting and ending with a letter or digit)";
  }
  return void 0;
}
function dns1123SubdomainError(value) {
  if (value.length > 253) return tooLong(253);
  if (!dns1123Subdomain.test(value)) {
    return "is not a valid DNS-1123 subdomain (lowercase letters, digits, '-' and '.', starting and ending with a letter or digit)";
  }
  return void 0;
}
function dns1035LabelError(value) {
  if (value.length > 63) return tooLong(63);
  if (!dns1035Label.test(value)) {
    return "is not a valid DNS-1035 label (lowercase letters, digits and '-', starting with a letter and ending with a letter or digit)";
  }
  return void 0;
}
function isWildcardDns1123Subdomain(value) {
  return value.length <= 253 && value.startsWith("*.") && dns1123Subdomain.test(value.slice(2));
}
function qualifiedNameError(value) {
  return knownQualifiedNameError(value);
}
var knownQualifiedNameError = memoByString((value) => {
  const parts = value.split("/");
  let name = value;
  if (parts.length === 2) {
    const [prefix = "", rest = ""] = parts;
    if (prefix === "") return "has an empty prefix before '/'";
    const prefixError = dns1123SubdomainError(prefix);
    if (prefixError) return `has a prefix that ${prefixError}`;
    name = rest;
  } else if (parts.length > 2) {
    return "must have at most one '/' (an optional DNS subdomain prefix, then a name)";
  }
  if (name === "") return "has an empty name part";
  if (name.length > 63) return "has a name part longer than 63 characters";
  if (!qualifiedNamePart.test(name)) {
    return "has a name part that is not alphanumerics, '-', '_' or '.', starting and ending with an alphanumeric";
  }
  return void 0;
});
function labelValueError(value) {
  if (value.length > 63) return tooLong(63);
  if (!labelValue.test(value)) {
    return "must be empty or alphanumerics, '-', '_' or '.', starting and ending with an alphanumeric";
  }
  return void 0;
}
function portNameError(value) {
  if (value.length < 1 || value.length > 15) return "must be 1 to 15 characters (IANA_SVC_NAME)";
  if (!/^[-a-z0-9]+$/.test(value)) return "must contain only lowercase letters, digits and '-' (IANA_SVC_NAME)";
  if (!/[a-z]/.test(value)) return "must contain at least one letter (IANA_SVC_NAME)";
  if (value.includes("--")) return "must not contain '--' (IANA_SVC_NAME)";
  if (value.startsWith("-") || value.endsWith("-")) return "must not begin or end with '-' (IANA_SVC_NAME)";
  return void 0;
}
function isValidPortNumber(value) {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 65535;
}
function configMapKeyError(value) {
  if (value.length > 253) return tooLong(253);
  if (!configMapKey.test(value)) return "must consist of alphanumerics, '-', '_' or '.'";
  if (value === "." || value === ".." || value.startsWith("..")) return "must not be '.' or '..', or start with '..'";
  return void 0;
}
function maskTrailingDash(value) {
  return value.length > 1 && value.endsWith("-") ? `${value.slice(0, -1)}a` : value;
}
function pathSegmentNameError(value, isPrefix) {
  if (!isPrefix && (value === "." || value === "..")) return "may not be '.' or '..'";
  if (value.includes("/") || value.includes("%")) return "may not contain '/' or '%'";
  return void 0;
}

// src/validate/object-metadata.ts
function metadataPaths(resource) {
  const out = [["metadata"]];
  if (isKind(resource, "batch", "CronJob")) out.push(["spec", "jobTemplate", "metadata"]);
  const template = podTemplatePath(resource.kind);
  if (template && template.length > 0) out.push([...template, "metadata"]);
  if (isKind(resource, "apps", "StatefulSet")) {
    arrayAt(resource.object, ["spec", "volumeClaimTemplates"]).forEach((_, i) => {
      out.push(["spec", "volumeClaimTemplates", i, "metadata"]);
    });
  }
  return out;
}

// src/validate/checks/annotations.ts
var maxTotalBytes = 256 * 1024;
var annotations = {
  id: "annotations",
  summary: "Annotation keys are qualified names and all annotations together are at most 256 KiB.",
  check(resource, { resources }) {
    if (!hasServerMetadata(resource, resources)) return [];
    const out = [];
    for (const metadata of metadataPaths(resource)) {
      const path = [...metadata, "annotations"];
      const map = objectAt(resource.object, path);
      if (!map) continue;
      let total = 0;
      for (const [key, value] of Object.entries(map)) {
        const error2 = qualifiedNameError(key.toLowerCase());
        if (error2) out.push(finding("invalidKey", [...path, key], `annotation key ${quote(key)} ${error2}`, "key"));
        total += Buffer.byteLength(key) + (typeof value === "string" ? Buffer.byteLength(value) : 0);
      }
      if (total > maxTotalBytes) {
        out.push(finding("tooLarge", path, `annotations total ${total} bytes, more than the limit of ${maxTotalBytes} bytes (256 KiB)`));
      }
    }
    return out;
  }
};

// src/validate/checks/config-map-data.ts
var maxBytes = 1024 * 1024;
var configMapData = {
  id: "config-map-data",
  summary: "ConfigMap keys are valid and unique across data and binaryData, binaryData values are base64, and the total is at most 1 MiB.",
  check(resource) {
    if (!isKind(resource, "", "ConfigMap")) return [];
    const out = [];
    const data = objectAt(resource.object, ["data"]) ?? {};
    const binary = objectAt(resource.object, ["binaryData"]) ?? {};
    let total = 0;
    for (const [key, value] of Object.entries(data)) {
      const error2 = configMapKeyError(key);
      if (error2) out.push(finding("invalidKey", ["data", key], `key ${quote(key)} ${error2}`, "key"));
      if (typeof value === "string") total += Buffer.byteLength(key) + Buffer.byteLength(value);
    }
    for (const [key, value] of Object.entries(binary)) {
      const error2 = configMapKeyError(key);
      if (error2) out.push(finding("invalidKey", ["binaryData", key], `key ${quote(key)} ${error2}`, "key"));
      if (Object.hasOwn(data, key)) out.push(finding("duplicateKey", ["binaryData", key], `key ${quote(key)} is in both data and binaryData`, "key"));
      if (typeof value !== "string") continue;
      if (!isStandardBase64(value)) out.push(finding("invalidBase64", ["binaryData", key], `the value of key ${quote(key)} is not valid base64`));
      else total += Buffer.byteLength(key) + decodedLength(value);
    }
    const at = objectAt(resource.object, ["data"]) ? "data" : "binaryData";
    if (total > maxBytes) out.push(finding("tooLarge", [at], `the ConfigMap holds ${total} bytes, more than the limit of ${maxBytes} bytes (1 MiB)`));
    return out;
  }
};

// src/validate/containers.ts
var last;
function containersIn(resource) {
  if (last?.resource !== resource || last.object !== resource.object) {
    last = { resource, object: resource.object, containers: containersOf(resource) };
  }
  return last.containers;
}

// src/validate/checks/container-fields.ts
var pullPolicies = ["Always", "IfNotPresent", "Never"];
var messagePolicies = ["File", "FallbackToLogsOnError"];
var containerFields = {
  id: "container-fields",
  summary: "Every container has an image (without surrounding whitespace in a Pod), and imagePullPolicy and terminationMessagePolicy use supported values.",
  check(resource) {
    const out = [];
    const isPod = isKind(resource, "", "Pod");
    for (const { spec, path, kind } of containersIn(resource)) {
      const { image, imagePullPolicy, terminationMessagePolicy } = spec;
      if (image === void 0 || image === null || image === "") {
        out.push(finding("imageRequired", [...path, "image"], "image is required"));
      }
      if (typeof imagePullPolicy === "string" && !pullPolicies.includes(imagePullPolicy)) {
        out.push(finding("invalidPullPolicy", [...path, "imagePullPolicy"], `${quote(imagePullPolicy)} is not a supported value (Always, IfNotPresent, Never)`));
      }
      if (typeof terminationMessagePolicy === "string" && !messagePolicies.includes(terminationMessagePolicy)) {
        out.push(finding("invalidMessagePolicy", [...path, "terminationMessagePolicy"], `${quote(terminationMessagePolicy)} is not a supported value (File, FallbackToLogsOnError)`));
      }
      if ((isPod || kind === "ephemeral") && typeof image === "string" && image !== image.trim()) {
        out.push(finding("imageWhitespace", [...path, "image"], `image ${quote(image)} must not have leading or trailing whitespace`));
      }
    }
    return out;
  }
};

// src/validate/checks/container-names.ts
var containerNames = {
  id: "container-names",
  summary: "Every container has a DNS-1123 label name, unique across init, regular and ephemeral containers.",
  check(resource) {
    const out = [];
    const seen = /* @__PURE__ */ new Set();
    for (const container of containersIn(resource)) {
      const value = container.spec.name;
      const path = [...container.path, "name"];
      if (value === "") {
        out.push(finding("nameRequired", path, "a container name is required"));
        continue;
      }
      if (typeof value !== "string") continue;
      const error2 = dns1123LabelError(value);
      if (error2) out.push(finding("invalidName", path, `container name ${quote(value)} ${error2}`));
      else if (seen.has(value)) out.push(finding("duplicateName", path, `container name ${quote(value)} is used by another container of the pod`));
      seen.add(value);
    }
    return out;
  }
};

// src/validate/checks/container-ports.ts
var protocols = ["TCP", "UDP", "SCTP"];
var containerPorts = {
  id: "container-ports",
  summary: "Container ports have valid numbers, protocols and IANA_SVC_NAME names unique per container, no host port clashes, and with hostNetwork a hostPort equal to the containerPort.",
  check(resource) {
    const out = [];
    const hostPorts = /* @__PURE__ */ new Set();
    const hostNetwork = podSpecOf(resource)?.spec.hostNetwork === true;
    for (const container of containersIn(resource)) {
      const names = /* @__PURE__ */ new Set();
      for (const [port, i] of objectsOf(container.spec.ports)) {
        const path = [...container.path, "ports", i];
        const { name, containerPort, hostPort, protocol } = port;
        if (typeof name === "string" && name !== "") {
          const error2 = portNameError(name);
          if (error2) out.push(finding("invalidPortName", [...path, "name"], `port name ${quote(name)} ${error2}`));
          else if (names.has(name)) out.push(finding("duplicatePortName", [...path, "name"], `port name ${quote(name)} is used twice in container ${quote(container.name)}`));
          names.add(name);
        }
        if (typeof containerPort === "number" && !isValidPortNumber(containerPort)) {
          out.push(finding("invalidPortNumber", [...path, "containerPort"], `${containerPort} is not a port number between 1 and 65535`));
        }
        if (typeof hostPort === "number" && hostPort !== 0 && !isValidPortNumber(hostPort)) {
          out.push(finding("invalidPortNumber", [...path, "hostPort"], `${hostPort} is not a port number between 1 and 65535`));
        }
        if (hostNetwork && container.kind === "container" && typeof hostPort === "number" && hostPort !== 0 && typeof containerPort === "number" && hostPort !== containerPort) {
          out.push(finding("hostPortMismatch", [...path, "hostPort"], `hostPort ${hostPort} must match containerPort ${containerPort} when hostNetwork is true`));
        }
        if (typeof protocol === "string" && !protocols.includes(protocol)) {
          out.push(finding("invalidProtocol", [...path, "protocol"], `${quote(protocol)} is not a supported protocol (TCP, UDP, SCTP)`));
        }
        if (typeof hostPort === "number" && hostPort !== 0) {
          const key = `${typeof protocol === "string" ? protocol : "TCP"}/${typeof port.hostIP === "string" ? port.hostIP : ""}/${hostPort}`;
          if (hostPorts.has(key)) out.push(finding("duplicateHostPort", [...path, "hostPort"], `host port ${hostPort} is already used by another port of the pod`));
          hostPorts.add(key);
        }
      }
    }
    return out;
  }
};

// src/validate/checks/container-resources.ts
var standardContainerResources = ["cpu", "memory", "ephemeral-storage"];
function isExtended(name) {
  if (!name.includes("/") || name.startsWith("kubernetes.io/") || name.includes(".kubernetes.io/")) return false;
  return !name.startsWith("requests.") && qualifiedNameError(`requests.${name}`) === void 0;
}
function isContainerResource(name) {
  return standardContainerResources.includes(name) || name.startsWith("hugepages-") || isExtended(name);
}
var containerResources = {
  id: "container-resources",
  summary: "Container resource names and quantities are valid, requests do not exceed limits, and extended resources have equal requests and limits.",
  check(resource) {
    const out = [];
    for (const container of containersIn(resource)) {
      const resources = container.spec.resources;
      if (isObject(resources)) out.push(...requirements(resources, [...container.path, "resources"]));
    }
    return out;
  }
};
function parseList(list, path, out) {
  const parsed = /* @__PURE__ */ new Map();
  if (!isObject(list)) return parsed;
  for (const [name, value] of Object.entries(list)) {
    const at = [...path, name];
    if (!isContainerResource(name)) {
      out.push(finding("unknownResource", at, `${quote(name)} is not a standard resource for containers (cpu, memory, ephemeral-storage, hugepages-<size>, or a domain-prefixed extended resource)`, "key"));
      continue;
    }
    const quantity = parseQuantity(value);
    if (!quantity) continue;
    if (quantity.mantissa < 0n) out.push(finding("negativeQuantity", at, `${quote(value)} must be greater than or equal to 0`));
    parsed.set(name, quantity);
  }
  return parsed;
}
function requirements(resources, path) {
  const out = [];
  const limits = parseList(resources.limits, [...path, "limits"], out);
  const requests = parseList(resources.requests, [...path, "requests"], out);
  for (const [name, request] of requests) {
    const at = [...path, "requests", name];
    const limit = limits.get(name);
    if (isExtended(name)) {
      if (!limit) out.push(finding("extendedLimitRequired", [...path, "limits"], `a limit must be set for ${quote(name)}, which cannot be overcommitted`));
      else if (compareQuantities(request, limit) !== 0) out.push(finding("extendedNotEqual", at, `the request for ${quote(name)} must equal its limit, because it cannot be overcommitted`));
    } else if (limit && compareQuantities(request, limit) > 0) {
      out.push(finding("requestAboveLimit", at, `the request for ${quote(name)} must be less than or equal to its limit`));
    }
  }
  return out;
}

// src/validate/cron-schedule.ts
var months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
var days = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
var fields = [
  { min: 0, max: 59 },
  { min: 0, max: 23 },
  { min: 1, max: 31 },
  { min: 1, max: 12, names: Object.fromEntries(months.map((m, i) => [m, i + 1])) },
  { min: 0, max: 6, names: Object.fromEntries(days.map((d, i) => [d, i])) }
];
var descriptors = ["@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly"];
function cronScheduleError(spec) {
  if (spec.length === 0) return "empty spec string";
  let rest = spec;
  if (rest.startsWith("TZ=") || rest.startsWith("CRON_TZ=")) {
    const space = rest.indexOf(" ");
    rest = space < 0 ? "" : rest.slice(space).trim();
  }
  if (rest.startsWith("@")) {
    if (descriptors.includes(rest)) return void 0;
    if (rest.startsWith("@every ")) {
      return isGoDuration(rest.slice(7)) ? void 0 : `failed to parse duration ${rest}`;
    }
    return `unrecognized descriptor: ${rest}`;
  }
  const parts = rest.split(/\s+/).filter((part) => part !== "");
  if (parts.length !== 5) return `expected exactly 5 fields, found ${parts.length}: ${JSON.stringify(parts)}`;
  for (const [i, part] of parts.entries()) {
    for (const expr of part.split(",")) {
      const error2 = rangeError(expr, fields[i]);
      if (error2) return error2;
    }
  }
  return void 0;
}
function parseIntOrName(expr, bounds) {
  const named = bounds.names?.[expr.toLowerCase()];
  if (named !== void 0) return named;
  if (!/^[+-]?\d+$/.test(expr)) return `failed to parse int from ${expr}`;
  const value = Number(expr);
  return value < 0 ? `negative number (${value}) not allowed: ${expr}` : value;
}
function rangeError(expr, bounds) {
  const rangeAndStep = expr.split("/");
  const [range = "", stepText] = rangeAndStep;
  const lowAndHigh = range.split("-");
  const [lowText = "", highText] = lowAndHigh;
  let start;
  let end;
  if (lowText === "*" || lowText === "?") {
    start = bounds.min;
    end = bounds.max;
  } else {
    const low = parseIntOrName(lowText, bounds);
    if (typeof low === "string") return low;
    start = low;
    end = low;
    if (highText !== void 0 && lowAndHigh.length === 2) {
      const high = parseIntOrName(highText, bounds);
      if (typeof high === "string") return high;
      end = high;
    } else if (lowAndHigh.length > 2) {
      return `too many hyphens: ${expr}`;
    }
  }
  let step = 1;
  if (stepText !== void 0 && rangeAndStep.length === 2) {
    const parsed = parseIntOrName(stepText, { min: 0, max: 0 });
    if (typeof parsed === "string") return parsed;
    step = parsed;
    if (lowAndHigh.length === 1) end = bounds.max;
  } else if (rangeAndStep.length > 2) {
    return `too many slashes: ${expr}`;
  }
  if (start < bounds.min) return `beginning of range (${start}) below minimum (${bounds.min}): ${expr}`;
  if (end > bounds.max) return `end of range (${end}) above maximum (${bounds.max}): ${expr}`;
  if (start > end) return `beginning of range (${start}) beyond end of range (${end}): ${expr}`;
  if (step === 0) return `step of range should be a positive number: ${expr}`;
  return void 0;
}

// src/validate/time-zones.ts
var partPattern = /^[A-Za-z.\-_0-9+]{1,14}$/;
var extraZones = /* @__PURE__ */ new Set(["UTC", "GMT", "Etc/UTC", "Etc/GMT", "Etc/UCT", "UCT", "Zulu", "Etc/Zulu", "Universal", "Etc/Universal", "Greenwich", "Etc/Greenwich", "GMT0", "GMT+0", "GMT-0", "Etc/GMT0", "Etc/GMT+0", "Etc/GMT-0"]);
for (let hour = 1; hour <= 14; hour++) {
  extraZones.add(`Etc/GMT-${hour}`);
  if (hour <= 12) extraZones.add(`Etc/GMT+${hour}`);
}
function isKnownZone(zone) {
  if (extraZones.has(zone)) return true;
  if (!/^[A-Za-z]/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
function timeZoneError(zone) {
  if (zone === "") return "must be a time zone name, or not set";
  for (const part of zone.split("/")) {
    if (part === "." || part === ".." || part.startsWith("-") || !partPattern.test(part)) return `unknown time zone ${zone}`;
  }
  if (zone.toLowerCase() === "local") return "must be an explicit time zone as defined in https://www.iana.org/time-zones";
  return isKnownZone(zone) ? void 0 : `unknown time zone ${zone}`;
}

// src/validate/checks/cron-job.ts
var cronJob = {
  id: "cron-job",
  summary: "A CronJob schedule is a valid five-field cron expression or macro without TZ, and its timeZone is a known IANA zone.",
  check(resource) {
    if (!isKind(resource, "batch", "CronJob")) return [];
    const spec = objectAt(resource.object, ["spec"]);
    if (!spec) return [];
    const out = [];
    const { schedule, timeZone } = spec;
    if (schedule === "") {
      out.push(finding("scheduleRequired", ["spec", "schedule"], "schedule is required"));
    } else if (typeof schedule === "string") {
      const error2 = cronScheduleError(schedule);
      if (error2) out.push(finding("invalidSchedule", ["spec", "schedule"], `${quote(schedule)} is not a valid cron schedule: ${error2}`));
      if (schedule.includes("TZ")) out.push(finding("timeZoneInSchedule", ["spec", "schedule"], "cannot use TZ or CRON_TZ in schedule, use the timeZone field instead"));
    }
    if (typeof timeZone === "string") {
      const error2 = timeZoneError(timeZone);
      if (error2) out.push(finding("invalidTimeZone", ["spec", "timeZone"], `${quote(timeZone)}: ${error2}`));
    }
    return out;
  }
};

// src/validate/checks/env-vars.ts
var cIdentifierLike = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;
var printableAsciiNoEquals = /^[\x20-\x3c\x3e-\x7e]+$/;
var valueSources = ["fieldRef", "resourceFieldRef", "configMapKeyRef", "secretKeyRef", "fileKeyRef"];
function envVarNameError(name, version) {
  if (minorOf(version) >= 32) {
    return printableAsciiNoEquals.test(name) ? void 0 : "must consist of printable ASCII characters except '='";
  }
  if (!cIdentifierLike.test(name)) {
    return "must consist of letters, digits, '-', '_' or '.', and must not start with a digit";
  }
  if (name === "." || name === ".." || name.startsWith("..")) return "must not be '.' or '..', or start with '..'";
  return void 0;
}
var envVars = {
  id: "env-vars",
  summary: "Environment variables have names valid for the target version and exactly one value source; envFrom prefixes are valid.",
  check(resource, { kubernetesVersion }) {
    const out = [];
    for (const container of containersIn(resource)) {
      for (const [env, i] of objectsOf(container.spec.env)) {
        out.push(...envVar(env, [...container.path, "env", i], kubernetesVersion));
      }
      for (const [source, i] of objectsOf(container.spec.envFrom)) {
        out.push(...envFrom(source, [...container.path, "envFrom", i], kubernetesVersion));
      }
    }
    return out;
  }
};
function envVar(env, path, version) {
  const out = [];
  const { name, value, valueFrom } = env;
  if (name === "") {
    out.push(finding("nameRequired", [...path, "name"], "an environment variable name is required"));
  } else if (typeof name === "string") {
    const error2 = envVarNameError(name, version);
    if (error2) out.push(finding("invalidName", [...path, "name"], `environment variable name ${quote(name)} ${error2} (Kubernetes ${version})`));
  }
  if (!isObject(valueFrom)) return out;
  if (typeof value === "string" && value !== "") {
    out.push(finding("valueAndValueFrom", [...path, "valueFrom"], "valueFrom may not be specified when value is not empty", "key"));
  }
  const set = valueSources.filter((key) => valueFrom[key] !== void 0 && valueFrom[key] !== null);
  if (set.length === 0) {
    out.push(finding("noValueSource", [...path, "valueFrom"], "valueFrom must specify one of fieldRef, resourceFieldRef, configMapKeyRef or secretKeyRef"));
  } else if (set.length > 1) {
    out.push(finding("manyValueSources", [...path, "valueFrom"], `valueFrom may not have more than one source (found ${set.join(", ")})`));
  }
  for (const ref of ["configMapKeyRef", "secretKeyRef"]) {
    const key = isObject(valueFrom[ref]) ? valueFrom[ref].key : void 0;
    const keyPath = [...path, "valueFrom", ref, "key"];
    if (isObject(valueFrom[ref]) && (key === void 0 || key === "")) out.push(finding("keyRequired", keyPath, "key is required"));
    const error2 = typeof key === "string" && key !== "" ? configMapKeyError(key) : void 0;
    if (error2) out.push(finding("invalidKey", keyPath, `key ${quote(key)} ${error2}`));
  }
  return out;
}
function envFrom(source, path, version) {
  const out = [];
  const { prefix } = source;
  if (typeof prefix === "string" && prefix !== "") {
    const error2 = envVarNameError(prefix, version);
    if (error2) out.push(finding("invalidPrefix", [...path, "prefix"], `prefix ${quote(prefix)} ${error2} (Kubernetes ${version})`));
  }
  const set = ["configMapRef", "secretRef"].filter((key) => source[key] !== void 0 && source[key] !== null);
  if (set.length > 1) out.push(finding("manyEnvFromSources", path, "envFrom may not specify both configMapRef and secretRef in one entry"));
  if (set.length === 0) out.push(finding("noEnvFromSource", path, "envFrom must specify configMapRef or secretRef"));
  return out;
}

// src/validate/checks/horizontal-pod-autoscaler.ts
var horizontalPodAutoscaler = {
  id: "horizontal-pod-autoscaler",
  summary: "A HorizontalPodAutoscaler has minReplicas \u2265 1, maxReplicas \u2265 minReplicas, and a scaleTargetRef with kind and name.",
  check(resource) {
    if (!isKind(resource, "autoscaling", "HorizontalPodAutoscaler")) return [];
    const spec = objectAt(resource.object, ["spec"]);
    if (!spec) return [];
    const out = [];
    const { minReplicas, maxReplicas } = spec;
    if (typeof minReplicas === "number" && minReplicas < 1) out.push(finding("minReplicasBelowOne", ["spec", "minReplicas"], "minReplicas must be greater than or equal to 1"));
    if (typeof maxReplicas === "number") {
      const floor = typeof minReplicas === "number" ? Math.max(minReplicas, 1) : 1;
      if (maxReplicas < 1) out.push(finding("maxReplicasBelowOne", ["spec", "maxReplicas"], "maxReplicas must be greater than or equal to 1"));
      else if (maxReplicas < floor) out.push(finding("maxBelowMin", ["spec", "maxReplicas"], `maxReplicas must be greater than or equal to minReplicas (${floor})`));
    }
    const target = objectAt(spec, ["scaleTargetRef"]);
    for (const field of ["kind", "name"]) {
      if (target && target[field] === "") {
        out.push(finding("targetFieldRequired", ["spec", "scaleTargetRef", field], `scaleTargetRef.${field} must not be empty`));
      }
    }
    return out;
  }
};

// src/validate/checks/ingress.ts
import { isIP } from "node:net";
var pathTypes = ["Exact", "Prefix", "ImplementationSpecific"];
var badSequences = ["//", "/./", "/../", "%2f", "%2F"];
var badSuffixes = ["/..", "/."];
var ingress = {
  id: "ingress",
  summary: "An Ingress has rules or a default backend, DNS hosts (optionally *.-wildcard, never IPs), a pathType and absolute paths, and backends with a service or a resource.",
  check(resource) {
    if (!isKind(resource, "networking.k8s.io", "Ingress") || resource.apiVersion !== "networking.k8s.io/v1") return [];
    const spec = objectAt(resource.object, ["spec"]);
    if (!spec) return [];
    const out = [];
    const rules = Array.isArray(spec.rules) ? spec.rules : [];
    if (rules.length === 0 && !isObject(spec.defaultBackend)) {
      out.push(finding("rulesOrBackendRequired", ["spec"], "either defaultBackend or rules must be specified"));
    }
    if (isObject(spec.defaultBackend)) out.push(...backend(spec.defaultBackend, ["spec", "defaultBackend"]));
    for (const [rule, i] of objectsOf(rules)) {
      const path = ["spec", "rules", i];
      if (typeof rule.host === "string" && rule.host !== "") out.push(...host(rule.host, [...path, "host"]));
      if (!isObject(rule.http)) continue;
      const paths = rule.http.paths;
      if (!Array.isArray(paths) || paths.length === 0) out.push(finding("pathsRequired", [...path, "http", "paths"], "http.paths must have at least one path"));
      for (const [item, j] of objectsOf(paths)) out.push(...httpPath(item, [...path, "http", "paths", j]));
    }
    for (const [tls, i] of objectsOf(spec.tls)) {
      for (const [name, j] of (Array.isArray(tls.hosts) ? tls.hosts : []).entries()) {
        if (typeof name === "string") out.push(...host(name, ["spec", "tls", i, "hosts", j]));
      }
    }
    const className = spec.ingressClassName;
    const classError = typeof className === "string" ? dns1123SubdomainError(className) : void 0;
    if (classError) out.push(finding("invalidClassName", ["spec", "ingressClassName"], `ingressClassName ${quote(className)} ${classError}`));
    return out;
  }
};
function host(name, path) {
  if (isIP(name) !== 0) return [finding("hostIsIP", path, `host ${quote(name)} must be a DNS name, not an IP address`)];
  if (name.startsWith("*")) {
    return isWildcardDns1123Subdomain(name) ? [] : [finding("invalidHost", path, `host ${quote(name)} is not a valid wildcard DNS name (a '*.' followed by a DNS-1123 subdomain)`)];
  }
  const error2 = dns1123SubdomainError(name);
  return error2 ? [finding("invalidHost", path, `host ${quote(name)} ${error2}`)] : [];
}
function httpPath(item, path) {
  const out = [];
  const { pathType } = item;
  const value = typeof item.path === "string" ? item.path : "";
  if (pathType === "") {
    out.push(finding("pathTypeRequired", [...path, "pathType"], "pathType must be specified (Exact, Prefix or ImplementationSpecific)"));
  } else if (typeof pathType === "string" && !pathTypes.includes(pathType)) {
    out.push(finding("invalidPathType", [...path, "pathType"], `${quote(pathType)} is not a supported pathType (${pathTypes.join(", ")})`));
  } else if (pathType === "Exact" || pathType === "Prefix") {
    if (!value.startsWith("/")) out.push(finding("relativePath", [...path, "path"], `path ${quote(value)} must be an absolute path (start with '/')`));
    const sequence = badSequences.find((bad) => value.includes(bad));
    if (sequence) out.push(finding("invalidPathSequence", [...path, "path"], `path ${quote(value)} must not contain '${sequence}'`));
    const suffix = badSuffixes.find((bad) => value.endsWith(bad));
    if (suffix) out.push(finding("invalidPathSequence", [...path, "path"], `path ${quote(value)} cannot end with '${suffix}'`));
  } else if (value !== "" && !value.startsWith("/")) {
    out.push(finding("relativePath", [...path, "path"], `path ${quote(value)} must be an absolute path (start with '/')`));
  }
  if (isObject(item.backend)) out.push(...backend(item.backend, [...path, "backend"]));
  return out;
}
function backend(value, path) {
  const hasService = isObject(value.service);
  const hasResource = isObject(value.resource);
  if (hasService && hasResource) return [finding("serviceAndResource", path, "a backend cannot set both service and resource")];
  if (!hasService && !hasResource) return [finding("backendTargetRequired", path, "a backend must specify service or resource")];
  if (!isObject(value.service)) return [];
  const out = [];
  const service = value.service;
  const servicePath = [...path, "service"];
  if (service.name === "") out.push(finding("serviceNameRequired", [...servicePath, "name"], "service.name must not be empty"));
  else if (typeof service.name === "string") {
    const error2 = dns1035LabelError(service.name);
    if (error2) out.push(finding("invalidServiceName", [...servicePath, "name"], `service name ${quote(service.name)} ${error2}`));
  }
  const port = isObject(service.port) ? service.port : {};
  const hasName = typeof port.name === "string" && port.name !== "";
  const hasNumber = typeof port.number === "number" && port.number !== 0;
  if (hasName && hasNumber) out.push(finding("portNameAndNumber", [...servicePath, "port"], "a service port cannot set both name and number"));
  else if (!hasName && !hasNumber) out.push(finding("portRequired", [...servicePath, "port"], "a service port name or number is required"));
  else if (hasNumber && !isValidPortNumber(port.number)) out.push(finding("invalidPort", [...servicePath, "port", "number"], `${String(port.number)} is not a port number between 1 and 65535`));
  else if (hasName) {
    const error2 = portNameError(port.name);
    if (error2) out.push(finding("invalidPort", [...servicePath, "port", "name"], `port name ${quote(port.name)} ${error2}`));
  }
  return out;
}

// src/validate/checks/job-spec.ts
var jobCounts = ["parallelism", "completions", "backoffLimit", "ttlSecondsAfterFinished"];
var cronCounts = ["startingDeadlineSeconds", "successfulJobsHistoryLimit", "failedJobsHistoryLimit"];
var concurrencyPolicies = ["Allow", "Forbid", "Replace"];
var jobSpec = {
  id: "job-spec",
  summary: "Job and CronJob counts are non-negative, activeDeadlineSeconds is positive, and completionMode and concurrencyPolicy are supported.",
  check(resource) {
    if (isKind(resource, "batch", "Job")) return job(objectAt(resource.object, ["spec"]), ["spec"]);
    if (!isKind(resource, "batch", "CronJob")) return [];
    const spec = objectAt(resource.object, ["spec"]);
    if (!spec) return [];
    const out = nonNegative(spec, ["spec"], cronCounts);
    const policy = spec.concurrencyPolicy;
    if (typeof policy === "string" && !concurrencyPolicies.includes(policy)) {
      out.push(finding("invalidConcurrencyPolicy", ["spec", "concurrencyPolicy"], `${quote(policy)} is not a supported value (Allow, Forbid, Replace)`));
    }
    return [...out, ...job(objectAt(spec, ["jobTemplate", "spec"]), ["spec", "jobTemplate", "spec"])];
  }
};
function nonNegative(spec, path, fields2) {
  return fields2.filter((field) => typeof spec[field] === "number" && spec[field] < 0).map((field) => finding("negativeValue", [...path, field], `${field} must be greater than or equal to 0`));
}
function job(spec, path) {
  if (!spec) return [];
  const out = nonNegative(spec, path, jobCounts);
  const deadline = spec.activeDeadlineSeconds;
  if (typeof deadline === "number" && deadline <= 0) {
    out.push(finding("deadlineNotPositive", [...path, "activeDeadlineSeconds"], "activeDeadlineSeconds must be greater than 0"));
  }
  const mode = spec.completionMode;
  if (typeof mode === "string" && mode !== "NonIndexed" && mode !== "Indexed") {
    out.push(finding("invalidCompletionMode", [...path, "completionMode"], `${quote(mode)} is not a supported value (NonIndexed, Indexed)`));
  }
  if (mode === "Indexed" && (spec.completions === void 0 || spec.completions === null)) {
    out.push(finding("completionsRequired", [...path, "completions"], "completions is required when completionMode is Indexed"));
  }
  return out;
}

// src/validate/checks/labels.ts
var labels = {
  id: "labels",
  summary: "Label keys are qualified names and label values are at most 63 valid characters.",
  check(resource, { resources }) {
    if (!hasServerMetadata(resource, resources)) return [];
    const out = [];
    for (const metadata of metadataPaths(resource)) {
      const path = [...metadata, "labels"];
      const map = objectAt(resource.object, path);
      if (!map) continue;
      for (const [key, value] of Object.entries(map)) {
        const keyError = qualifiedNameError(key);
        if (keyError) out.push(finding("invalidKey", [...path, key], `label key ${quote(key)} ${keyError}`, "key"));
        const valueError = typeof value === "string" ? labelValueError(value) : void 0;
        if (valueError) out.push(finding("invalidValue", [...path, key], `label value ${quote(value)} ${valueError}`));
      }
    }
    return out;
  }
};

// src/validate/checks/namespace-name.ts
var namespaceName = {
  id: "namespace-name",
  summary: "metadata.namespace of a namespaced object is a valid DNS-1123 label.",
  check(resource, { resources }) {
    const namespace = stringAt(resource.object, ["metadata", "namespace"]);
    if (namespace === void 0 || namespace === "" || scopeOf(resource, resources) !== "Namespaced") return [];
    const error2 = dns1123LabelError(namespace);
    return error2 ? [finding("invalidNamespace", ["metadata", "namespace"], `${quote(namespace)} ${error2}`)] : [];
  }
};

// src/validate/label-selector.ts
var operators = ["In", "NotIn", "Exists", "DoesNotExist"];
function labelSelectorFindings(selector, path) {
  const out = [];
  const matchLabels = selector.matchLabels;
  if (isObject(matchLabels)) {
    for (const [key, value] of Object.entries(matchLabels)) {
      const at = [...path, "matchLabels", key];
      const keyError = qualifiedNameError(key);
      if (keyError) out.push(finding("invalidSelectorKey", at, `selector key ${quote(key)} ${keyError}`, "key"));
      const valueError = typeof value === "string" ? labelValueError(value) : void 0;
      if (valueError) out.push(finding("invalidSelectorValue", at, `selector value ${quote(value)} ${valueError}`));
    }
  }
  for (const [expression, i] of objectsOf(selector.matchExpressions)) {
    const at = [...path, "matchExpressions", i];
    const { key, operator, values } = expression;
    if (typeof key === "string") {
      const keyError = qualifiedNameError(key);
      if (keyError) out.push(finding("invalidSelectorKey", [...at, "key"], `selector key ${quote(key)} ${keyError}`));
    }
    if (typeof operator !== "string") continue;
    const count = Array.isArray(values) ? values.length : 0;
    if (!operators.includes(operator)) {
      out.push(finding("invalidOperator", [...at, "operator"], `${quote(operator)} is not a selector operator (In, NotIn, Exists, DoesNotExist)`));
    } else if ((operator === "In" || operator === "NotIn") && count === 0) {
      out.push(finding("valuesRequired", [...at, "values"], `values must be non-empty when the operator is ${operator}`));
    } else if ((operator === "Exists" || operator === "DoesNotExist") && count > 0) {
      out.push(finding("valuesForbidden", [...at, "values"], `values must be empty when the operator is ${operator}`));
    }
  }
  return out;
}
function selectorMatches(selector, labels2) {
  const matchLabels = selector.matchLabels;
  if (isObject(matchLabels)) {
    for (const [key, value] of Object.entries(matchLabels)) if (labels2[key] !== value) return false;
  }
  for (const [expression] of objectsOf(selector.matchExpressions)) {
    const { key, operator, values } = expression;
    if (typeof key !== "string") return void 0;
    const list = Array.isArray(values) ? values : [];
    const has = Object.hasOwn(labels2, key);
    switch (operator) {
      case "In":
        if (!has || !list.includes(labels2[key])) return false;
        break;
      case "NotIn":
        if (has && list.includes(labels2[key])) return false;
        break;
      case "Exists":
        if (!has) return false;
        break;
      case "DoesNotExist":
        if (has) return false;
        break;
      default:
        return void 0;
    }
  }
  return true;
}
function isEmptySelector(selector) {
  const labels2 = isObject(selector.matchLabels) ? Object.keys(selector.matchLabels).length : 0;
  const expressions = Array.isArray(selector.matchExpressions) ? selector.matchExpressions.length : 0;
  return labels2 === 0 && expressions === 0;
}

// src/validate/cidr.ts
import { isIP as isIP2 } from "node:net";
function cidrError(text) {
  const slash = text.indexOf("/");
  if (slash < 0) return "is not a valid CIDR (an IP address and a prefix length, like 10.0.0.0/16)";
  const family = isIP2(text.slice(0, slash));
  const bits = text.slice(slash + 1);
  const max = family === 4 ? 32 : 128;
  if (family === 0 || !/^\d{1,3}$/.test(bits) || Number(bits) > max) {
    return "is not a valid CIDR (an IP address and a prefix length, like 10.0.0.0/16)";
  }
  return void 0;
}

// src/validate/checks/network-policy.ts
var protocols2 = ["TCP", "UDP", "SCTP"];
var networkPolicy = {
  id: "network-policy",
  summary: "NetworkPolicy ports have valid protocols, numbers or names and endPort ranges; peers set one kind of selector or an ipBlock with valid CIDRs; policyTypes are Ingress or Egress.",
  check(resource) {
    if (!isKind(resource, "networking.k8s.io", "NetworkPolicy")) return [];
    const spec = objectAt(resource.object, ["spec"]);
    if (!spec) return [];
    const out = [];
    if (isObject(spec.podSelector)) out.push(...labelSelectorFindings(spec.podSelector, ["spec", "podSelector"]));
    for (const [direction, peers] of [["ingress", "from"], ["egress", "to"]]) {
      for (const [rule, i] of objectsOf(spec[direction])) {
        const path = ["spec", direction, i];
        for (const [port, j] of objectsOf(rule.ports)) out.push(...portFindings(port, [...path, "ports", j]));
        for (const [peer, j] of objectsOf(rule[peers])) out.push(...peerFindings(peer, [...path, peers, j]));
      }
    }
    (Array.isArray(spec.policyTypes) ? spec.policyTypes : []).forEach((type, i) => {
      if (typeof type === "string" && type !== "Ingress" && type !== "Egress") {
        out.push(finding("invalidPolicyType", ["spec", "policyTypes", i], `${quote(type)} is not a supported policy type (Ingress, Egress)`));
      }
    });
    return out;
  }
};
function portFindings(port, path) {
  const out = [];
  const { protocol, endPort } = port;
  const value = port.port;
  if (typeof protocol === "string" && !protocols2.includes(protocol)) {
    out.push(finding("invalidProtocol", [...path, "protocol"], `${quote(protocol)} is not a supported protocol (TCP, UDP, SCTP)`));
  }
  if (typeof value === "number" && !isValidPortNumber(value)) out.push(finding("invalidPort", [...path, "port"], `${value} is not a port number between 1 and 65535`));
  if (typeof value === "string") {
    const error2 = portNameError(value);
    if (error2) out.push(finding("invalidPort", [...path, "port"], `port name ${quote(value)} ${error2}`));
  }
  if (typeof endPort === "number") {
    if (typeof value !== "number") out.push(finding("endPortNeedsNumber", [...path, "endPort"], "endPort may only be set when port is a number"));
    else if (endPort < value) out.push(finding("endPortBelowPort", [...path, "endPort"], `endPort must be greater than or equal to port (${value})`));
    else if (!isValidPortNumber(endPort)) out.push(finding("invalidPort", [...path, "endPort"], `${endPort} is not a port number between 1 and 65535`));
  }
  return out;
}
function peerFindings(peer, path) {
  const out = [];
  const selectors = ["podSelector", "namespaceSelector"].filter((key) => isObject(peer[key]));
  const ipBlock = peer.ipBlock;
  if (selectors.length === 0 && !isObject(ipBlock)) out.push(finding("emptyPeer", path, "a peer must specify podSelector, namespaceSelector or ipBlock"));
  if (selectors.length > 0 && isObject(ipBlock)) out.push(finding("ipBlockWithSelector", [...path, "ipBlock"], "ipBlock may not be combined with podSelector or namespaceSelector", "key"));
  for (const key of selectors) out.push(...labelSelectorFindings(peer[key], [...path, key]));
  if (!isObject(ipBlock)) return out;
  const cidr = ipBlock.cidr;
  if (typeof cidr !== "string" || cidr === "") {
    out.push(finding("cidrRequired", [...path, "ipBlock", "cidr"], "ipBlock.cidr is required"));
    return out;
  }
  const error2 = cidrError(cidr);
  if (error2) out.push(finding("invalidCidr", [...path, "ipBlock", "cidr"], `${quote(cidr)} ${error2}`));
  (Array.isArray(ipBlock.except) ? ipBlock.except : []).forEach((except, i) => {
    const exceptError = typeof except === "string" ? cidrError(except) : void 0;
    if (exceptError) out.push(finding("invalidCidr", [...path, "ipBlock", "except", i], `${quote(except)} ${exceptError}`));
  });
  return out;
}

// src/validate/checks/object-name.ts
var subdomain = (name, isPrefix) => dns1123SubdomainError(isPrefix ? maskTrailingDash(name) : name);
var label = (name, isPrefix) => dns1123LabelError(isPrefix ? maskTrailingDash(name) : name);
var label1035 = (name, isPrefix) => dns1035LabelError(isPrefix ? maskTrailingDash(name) : name);
function ruleFor(resource) {
  const group = groupOf(resource);
  if (group === "" && resource.kind === "Namespace") return label;
  if (group === "" && resource.kind === "Service") return label1035;
  if (isKind(resource, "apps", "StatefulSet")) return label;
  if (group === "rbac.authorization.k8s.io") return pathSegmentNameError;
  return subdomain;
}
function lengthError(resource, name) {
  if (isKind(resource, "batch", "CronJob") && name.length > 52) return "must be no more than 52 characters";
  const manual = objectAt(resource.object, ["spec"])?.manualSelector === true;
  if (isKind(resource, "batch", "Job") && !manual && name.length > 63) {
    return "must be no more than 63 characters, because it becomes the job-name label of its pods";
  }
  return void 0;
}
var objectName = {
  id: "object-name",
  summary: "metadata.name (or generateName) is present and valid for the kind.",
  check(resource, { resources }) {
    if (!hasServerMetadata(resource, resources)) return [];
    const needsName = isBuiltInKind(resource) || crdOf(resource, resources) !== void 0;
    const path = ["metadata", "name"];
    const metadata = objectAt(resource.object, ["metadata"]);
    if (!metadata) {
      const absent = resource.object.metadata === void 0 || resource.object.metadata === null;
      return absent && needsName ? [finding("nameRequired", path, "name or generateName is required")] : [];
    }
    const out = [];
    const rule = ruleFor(resource);
    const { name, generateName } = metadata;
    if (typeof generateName === "string" && generateName !== "") {
      const error3 = rule(generateName, true);
      if (error3) out.push(finding("invalidGenerateName", ["metadata", "generateName"], `${quote(generateName)} ${error3}`));
    }
    if (name === void 0 || name === null || name === "") {
      const hasGenerate = typeof generateName === "string" && generateName !== "";
      if (!hasGenerate && needsName) out.push(finding("nameRequired", path, "name or generateName is required"));
      return out;
    }
    if (typeof name !== "string") return out;
    const error2 = rule(name, false) ?? lengthError(resource, name) ?? crdNameError(resource, name);
    if (error2) out.push(finding("invalidName", path, `${quote(name)} ${error2}`));
    return out;
  }
};
function crdNameError(resource, name) {
  if (!isKind(resource, "apiextensions.k8s.io", "CustomResourceDefinition")) return void 0;
  const spec = objectAt(resource.object, ["spec"]);
  const plural = objectAt(spec, ["names"])?.plural;
  if (typeof spec?.group !== "string" || typeof plural !== "string") return void 0;
  const expected = `${plural}.${spec.group}`;
  return name === expected ? void 0 : `must be spec.names.plural + "." + spec.group (${quote(expected)})`;
}

// src/validate/int-or-percent.ts
function intOrPercentFindings(value, path, atMost100 = false) {
  if (value === void 0 || value === null) return [];
  const parsed = parseIntOrPercent(value);
  if (typeof value === "string" && !parsed) {
    return [finding("invalidPercent", path, `${quote(value)} is not an integer or a percentage like "25%"`)];
  }
  if (parsed === void 0) return [];
  if (parsed.value < 0) return [finding("negativeValue", path, "must be greater than or equal to 0")];
  if (atMost100 && parsed.kind === "percent" && parsed.value > 100) return [finding("over100Percent", path, "must not be greater than 100%")];
  return [];
}

// src/validate/checks/pod-disruption-budget.ts
var podDisruptionBudget = {
  id: "pod-disruption-budget",
  summary: "A PodDisruptionBudget sets at most one of minAvailable and maxUnavailable, as a non-negative integer or a percentage up to 100%, with a valid selector.",
  check(resource) {
    if (!isKind(resource, "policy", "PodDisruptionBudget")) return [];
    const spec = objectAt(resource.object, ["spec"]);
    if (!spec) return [];
    const out = [];
    if (isSet(spec.minAvailable) && isSet(spec.maxUnavailable)) {
      out.push(finding("bothSet", ["spec", "maxUnavailable"], "minAvailable and maxUnavailable cannot both be set", "key"));
    }
    out.push(...intOrPercentFindings(spec.minAvailable, ["spec", "minAvailable"], true));
    out.push(...intOrPercentFindings(spec.maxUnavailable, ["spec", "maxUnavailable"], true));
    if (isObject(spec.selector)) out.push(...labelSelectorFindings(spec.selector, ["spec", "selector"]));
    return out;
  }
};

// src/validate/checks/pod-spec.ts
var dnsPolicies = ["ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"];
var podSpec = {
  id: "pod-spec",
  summary: "Pod-level fields are valid: terminationGracePeriodSeconds \u2265 0, activeDeadlineSeconds > 0, dnsPolicy, hostname, subdomain and serviceAccountName.",
  check(resource) {
    const pod = podSpecOf(resource);
    if (!pod) return [];
    const out = [];
    const { spec, path } = pod;
    const grace = spec.terminationGracePeriodSeconds;
    if (typeof grace === "number" && grace < 0) out.push(finding("negativeGracePeriod", [...path, "terminationGracePeriodSeconds"], "terminationGracePeriodSeconds must be greater than or equal to 0"));
    const deadline = spec.activeDeadlineSeconds;
    if (typeof deadline === "number" && (deadline < 1 || deadline > 2 ** 31 - 1)) {
      out.push(finding("invalidActiveDeadline", [...path, "activeDeadlineSeconds"], "activeDeadlineSeconds must be between 1 and 2147483647"));
    }
    if (typeof spec.dnsPolicy === "string" && !dnsPolicies.includes(spec.dnsPolicy)) {
      out.push(finding("invalidDnsPolicy", [...path, "dnsPolicy"], `${quote(spec.dnsPolicy)} is not a supported dnsPolicy (${dnsPolicies.join(", ")})`));
    }
    for (const field of ["hostname", "subdomain"]) {
      const value = spec[field];
      const error2 = typeof value === "string" && value !== "" ? dns1123LabelError(value) : void 0;
      if (error2) out.push(finding("invalidHostname", [...path, field], `${field} ${quote(value)} ${error2}`));
    }
    for (const field of ["serviceAccountName", "serviceAccount"]) {
      const value = spec[field];
      const error2 = typeof value === "string" && value !== "" ? dns1123SubdomainError(value) : void 0;
      if (error2) out.push(finding("invalidServiceAccountName", [...path, field], `${field} ${quote(value)} ${error2}`));
    }
    return out;
  }
};

// src/validate/checks/probes.ts
var handlers = ["exec", "httpGet", "tcpSocket", "grpc"];
var probeKinds = ["livenessProbe", "readinessProbe", "startupProbe"];
var nonNegative2 = ["initialDelaySeconds", "timeoutSeconds", "periodSeconds", "successThreshold", "failureThreshold"];
var probes = {
  id: "probes",
  summary: "Probes have exactly one handler with a valid port, non-negative numbers, and successThreshold 1 for liveness and startup probes.",
  check(resource) {
    const out = [];
    for (const container of containersIn(resource)) {
      for (const kind of probeKinds) {
        const probe = container.spec[kind];
        if (!isObject(probe)) continue;
        const path = [...container.path, kind];
        if (forbiddenHere(container)) {
          out.push(finding("probeNotAllowed", path, `${kind} may not be set for an init container unless its restartPolicy is Always`, "key"));
          continue;
        }
        out.push(...probeFindings(probe, path, kind));
      }
    }
    return out;
  }
};
function forbiddenHere(container) {
  return container.kind === "init" && container.spec.restartPolicy !== "Always";
}
function probeFindings(probe, path, kind) {
  const out = [];
  const set = handlers.filter((key) => probe[key] !== void 0 && probe[key] !== null);
  if (set.length === 0) out.push(finding("noHandler", path, "a probe must specify one handler (exec, httpGet, tcpSocket or grpc)"));
  const [, second] = set;
  if (second !== void 0) out.push(finding("manyHandlers", [...path, second], `a probe may not specify more than one handler (found ${set.join(", ")})`, "key"));
  for (const field of nonNegative2) {
    const value = probe[field];
    if (typeof value === "number" && value < 0) out.push(finding("negativeValue", [...path, field], `${field} must be greater than or equal to 0`));
  }
  const success = probe.successThreshold;
  if (kind !== "readinessProbe" && typeof success === "number" && success !== 0 && success !== 1) {
    out.push(finding("successThresholdNotOne", [...path, "successThreshold"], `successThreshold must be 1 for a ${kind}`));
  }
  const grace = probe.terminationGracePeriodSeconds;
  if (typeof grace === "number" && grace <= 0) {
    out.push(finding("gracePeriodNotPositive", [...path, "terminationGracePeriodSeconds"], "terminationGracePeriodSeconds must be greater than 0"));
  }
  for (const handler of ["httpGet", "tcpSocket", "grpc"]) {
    const spec = probe[handler];
    if (isObject(spec)) out.push(...portFindings2(spec.port, [...path, handler, "port"], handler === "grpc"));
  }
  const scheme = isObject(probe.httpGet) ? probe.httpGet.scheme : void 0;
  if (typeof scheme === "string" && scheme !== "HTTP" && scheme !== "HTTPS") {
    out.push(finding("invalidScheme", [...path, "httpGet", "scheme"], `${quote(scheme)} is not a supported scheme (HTTP, HTTPS)`));
  }
  return out;
}
function portFindings2(port, path, numberOnly) {
  if (port === void 0 || port === null) return [finding("portRequired", path, "port is required")];
  if (typeof port === "number" && !isValidPortNumber(port)) {
    return [finding("invalidPort", path, `${port} is not a port number between 1 and 65535`)];
  }
  if (typeof port === "string" && !numberOnly) {
    const error2 = portNameError(port);
    if (error2) return [finding("invalidPort", path, `port name ${quote(port)} ${error2}`)];
  }
  return [];
}

// src/validate/checks/restart-policy.ts
function allowedFor(resource) {
  if (isKind(resource, "apps", ...appsWorkloadKinds)) return ["Always"];
  if (isKind(resource, "", "ReplicationController")) return ["Always"];
  if (isKind(resource, "batch", ...jobKinds)) return ["OnFailure", "Never"];
  if (isKind(resource, "", "Pod", "PodTemplate")) return ["Always", "OnFailure", "Never"];
  return void 0;
}
var restartPolicy = {
  id: "restart-policy",
  summary: "The pod restartPolicy is Always for Deployments, ReplicaSets, DaemonSets and StatefulSets, and OnFailure or Never for Jobs and CronJobs.",
  check(resource) {
    const allowed = allowedFor(resource);
    const pod = podSpecOf(resource);
    if (!allowed || !pod) return [];
    const path = [...pod.path, "restartPolicy"];
    const value = pod.spec.restartPolicy;
    if (value === void 0 || value === null || value === "") {
      return allowed.includes("Always") ? [] : [finding("jobRestartPolicyRequired", path, `restartPolicy must be set to OnFailure or Never for a ${resource.kind} (it defaults to Always)`)];
    }
    if (typeof value !== "string" || allowed.includes(value)) return [];
    return [finding("unsupportedRestartPolicy", path, `${quote(value)} is not allowed for a ${resource.kind} (use ${allowed.join(" or ")})`)];
  }
};

// src/validate/checks/secret-data.ts
var maxSecretBytes = 1024 * 1024;
var secretData = {
  id: "secret-data",
  summary: "Secret data and stringData keys are valid, data values are base64, and the Secret is at most 1 MiB.",
  check(resource) {
    if (!isKind(resource, "", "Secret")) return [];
    const out = [];
    const sizes = /* @__PURE__ */ new Map();
    for (const field of ["data", "stringData"]) {
      const map = objectAt(resource.object, [field]);
      if (!map) continue;
      for (const [key, value] of Object.entries(map)) {
        const error2 = configMapKeyError(key);
        if (error2) out.push(finding("invalidKey", [field, key], `key ${quote(key)} ${error2}`, "key"));
        if (typeof value !== "string") continue;
        if (field === "stringData") {
          sizes.set(key, Buffer.byteLength(value));
        } else if (!isStandardBase64(value)) {
          out.push(finding("invalidBase64", [field, key], `the value of key ${quote(key)} is not valid base64`));
        } else if (!sizes.has(key)) {
          sizes.set(key, decodedLength(value));
        }
      }
    }
    const total = [...sizes.values()].reduce((sum, size) => sum + size, 0);
    const at = objectAt(resource.object, ["data"]) ? "data" : "stringData";
    if (total > maxSecretBytes) out.push(finding("tooLarge", [at], `the Secret holds ${total} bytes, more than the limit of ${maxSecretBytes} bytes (1 MiB)`));
    return out;
  }
};
function secretKeys(object) {
  const keys = /* @__PURE__ */ new Set();
  for (const field of ["data", "stringData"]) {
    const map = objectAt(object, [field]);
    if (isObject(map)) for (const key of Object.keys(map)) keys.add(key);
  }
  return keys;
}

// src/validate/checks/secret-type.ts
var requiredKeys = {
  "kubernetes.io/tls": ["tls.crt", "tls.key"],
  "kubernetes.io/dockerconfigjson": [".dockerconfigjson"],
  "kubernetes.io/dockercfg": [".dockercfg"],
  "kubernetes.io/ssh-auth": ["ssh-privatekey"]
};
var secretType = {
  id: "secret-type",
  summary: "A Secret of a built-in type has the keys it requires (tls.crt/tls.key, .dockerconfigjson, ssh-privatekey, username or password) and a service-account token names its ServiceAccount.",
  check(resource) {
    if (!isKind(resource, "", "Secret")) return [];
    const type = stringAt(resource.object, ["type"]);
    if (!type) return [];
    const keys = secretKeys(resource.object);
    const out = [];
    for (const key of requiredKeys[type] ?? []) {
      if (!keys.has(key)) out.push(finding("keyRequired", ["type"], `a Secret of type ${type} requires the key ${JSON.stringify(key)}`));
    }
    if (type === "kubernetes.io/basic-auth" && !keys.has("username") && !keys.has("password")) {
      out.push(finding("basicAuthKeyRequired", ["type"], 'a Secret of type kubernetes.io/basic-auth requires the key "username" or "password"'));
    }
    if (type === "kubernetes.io/service-account-token") {
      const account = stringAt(resource.object, ["metadata", "annotations", "kubernetes.io/service-account.name"]);
      if (!account) out.push(finding("serviceAccountRequired", ["metadata", "annotations"], 'a Secret of type kubernetes.io/service-account-token requires the annotation "kubernetes.io/service-account.name"'));
    }
    const dockerKey = type === "kubernetes.io/dockerconfigjson" ? ".dockerconfigjson" : type === "kubernetes.io/dockercfg" ? ".dockercfg" : void 0;
    if (dockerKey && !isJsonValue(resource.object, dockerKey)) {
      out.push(finding("invalidDockerConfig", ["data", dockerKey], `the value of key ${JSON.stringify(dockerKey)} is not valid JSON`));
    }
    return out;
  }
};
function isJsonValue(object, key) {
  const plain = stringAt(objectAt(object, ["stringData"]), [key]);
  const encoded = stringAt(objectAt(object, ["data"]), [key]);
  let text;
  if (plain !== void 0) text = plain;
  else if (encoded !== void 0 && isStandardBase64(encoded)) text = Buffer.from(encoded, "base64").toString("utf8");
  else return true;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

// src/validate/checks/topology-spread.ts
var policies = ["DoNotSchedule", "ScheduleAnyway"];
var isInteger = (value) => typeof value === "number" && Number.isInteger(value);
var topologySpread = {
  id: "topology-spread",
  summary: "Topology spread constraints have maxSkew and minDomains of at least 1, minDomains only with DoNotSchedule, a topologyKey, a known whenUnsatisfiable, and no repeated key and policy.",
  check(resource) {
    const pod = podSpecOf(resource);
    const constraints = pod?.spec.topologySpreadConstraints;
    if (!pod || !Array.isArray(constraints)) return [];
    const out = [];
    const seen = /* @__PURE__ */ new Map();
    constraints.forEach((constraint, index) => {
      if (!isObject(constraint)) return;
      const path = [...pod.path, "topologySpreadConstraints", index];
      const { maxSkew, minDomains, topologyKey, whenUnsatisfiable } = constraint;
      if (isInteger(maxSkew) && maxSkew < 1) out.push(finding("maxSkew", [...path, "maxSkew"], `must be greater than zero, not ${maxSkew}`));
      if (isInteger(minDomains) && minDomains < 1) out.push(finding("minDomains", [...path, "minDomains"], `must be greater than zero, not ${minDomains}`));
      else if (isInteger(minDomains) && whenUnsatisfiable === "ScheduleAnyway") {
        out.push(finding("minDomainsPolicy", [...path, "minDomains"], "may only be set when whenUnsatisfiable is DoNotSchedule"));
      }
      if (topologyKey === "") out.push(finding("topologyKey", [...path, "topologyKey"], "can not be empty"));
      if (typeof whenUnsatisfiable === "string" && !policies.includes(whenUnsatisfiable)) {
        out.push(finding("whenUnsatisfiable", [...path, "whenUnsatisfiable"], `${quote(whenUnsatisfiable)} is not supported (use DoNotSchedule or ScheduleAnyway)`));
      }
      if (typeof topologyKey === "string" && topologyKey !== "" && typeof whenUnsatisfiable === "string") {
        const key = `${topologyKey}
${whenUnsatisfiable}`;
        const first = seen.get(key);
        if (first === void 0) seen.set(key, index);
        else out.push(finding("duplicate", path, `repeats {${topologyKey}, ${whenUnsatisfiable}} of constraint ${first}: each pair of topologyKey and whenUnsatisfiable may appear once`));
      }
    });
    return out;
  }
};

// src/validate/checks/service-type.ts
import { isIP as isIP3 } from "node:net";
var types = ["ClusterIP", "NodePort", "LoadBalancer", "ExternalName"];
var serviceType = {
  id: "service-type",
  summary: "A Service type is supported, ExternalName Services have a valid externalName and no clusterIP, clusterIP is None or an IP (not None for NodePort/LoadBalancer), and other Services have ports.",
  check(resource) {
    if (!isKind(resource, "", "Service")) return [];
    const spec = objectAt(resource.object, ["spec"]);
    if (!spec) return [];
    const out = [];
    const type = typeof spec.type === "string" && spec.type !== "" ? spec.type : "ClusterIP";
    if (!types.includes(type)) {
      out.push(finding("unsupportedType", ["spec", "type"], `${quote(type)} is not a supported Service type (${types.join(", ")})`));
      return out;
    }
    const clusterIP = typeof spec.clusterIP === "string" ? spec.clusterIP : "";
    if (type === "ExternalName") {
      const name = spec.externalName;
      if (typeof name !== "string" || name === "") {
        out.push(finding("externalNameRequired", ["spec", "externalName"], "externalName is required for an ExternalName Service"));
      } else {
        const error2 = dns1123SubdomainError(name.endsWith(".") ? name.slice(0, -1) : name);
        if (error2) out.push(finding("invalidExternalName", ["spec", "externalName"], `externalName ${quote(name)} ${error2}`));
      }
      if (clusterIP !== "") out.push(finding("clusterIPForbidden", ["spec", "clusterIP"], "clusterIP may not be set for an ExternalName Service"));
      return out;
    }
    if (clusterIP === "None" && (type === "NodePort" || type === "LoadBalancer")) {
      out.push(finding("headlessNotAllowed", ["spec", "clusterIP"], `clusterIP may not be None for a ${type} Service`));
    } else if (clusterIP !== "" && clusterIP !== "None" && isIP3(clusterIP) === 0) {
      out.push(finding("invalidClusterIP", ["spec", "clusterIP"], `${quote(clusterIP)} must be "None", empty, or a valid IP address`));
    }
    const ports = spec.ports;
    const hasPorts = Array.isArray(ports) && ports.length > 0;
    if (!hasPorts && clusterIP !== "None") out.push(finding("portsRequired", ["spec", "ports"], "ports are required unless the Service is headless (clusterIP: None) or ExternalName"));
    const affinity = spec.sessionAffinity;
    if (typeof affinity === "string" && affinity !== "ClientIP" && affinity !== "None") {
      out.push(finding("invalidSessionAffinity", ["spec", "sessionAffinity"], `${quote(affinity)} is not a supported value (ClientIP, None)`));
    }
    return out;
  }
};

// src/validate/checks/service-ports.ts
var protocols3 = ["TCP", "UDP", "SCTP"];
var nodePortMin = 3e4;
var nodePortMax = 32767;
var servicePorts = {
  id: "service-ports",
  summary: "Service ports have unique DNS-1123 label names (required with several ports), valid numbers, protocols and targetPorts, unique port/protocol pairs, and nodePorts only where allowed.",
  check(resource) {
    if (!isKind(resource, "", "Service")) return [];
    const spec = objectAt(resource.object, ["spec"]);
    if (!spec || !Array.isArray(spec.ports)) return [];
    const type = typeof spec.type === "string" && spec.type !== "" ? spec.type : "ClusterIP";
    const ports = objectsOf(spec.ports);
    const state = { names: /* @__PURE__ */ new Set(), pairs: /* @__PURE__ */ new Set(), nodePorts: /* @__PURE__ */ new Set() };
    return ports.flatMap(([port, i]) => portFindings3(port, i, { type, many: ports.length > 1 }, state));
  }
};
function portFindings3(port, i, service, seen) {
  const out = [];
  const path = ["spec", "ports", i];
  const { name, protocol, targetPort, nodePort } = port;
  const number = port.port;
  if ((name === void 0 || name === null || name === "") && service.many) {
    out.push(finding("nameRequired", [...path, "name"], "a port name is required when a Service has more than one port"));
  } else if (typeof name === "string" && name !== "") {
    const error2 = dns1123LabelError(name);
    if (error2) out.push(finding("invalidName", [...path, "name"], `port name ${quote(name)} ${error2}`));
    else if (seen.names.has(name)) out.push(finding("duplicateName", [...path, "name"], `port name ${quote(name)} is used by another port`));
    seen.names.add(name);
  }
  if (typeof number === "number" && !isValidPortNumber(number)) {
    out.push(finding("invalidPort", [...path, "port"], `${number} is not a port number between 1 and 65535`));
  }
  if (typeof protocol === "string" && !protocols3.includes(protocol)) {
    out.push(finding("invalidProtocol", [...path, "protocol"], `${quote(protocol)} is not a supported protocol (TCP, UDP, SCTP)`));
  }
  const proto = typeof protocol === "string" ? protocol : "TCP";
  if (typeof number === "number") {
    if (seen.pairs.has(`${proto}/${number}`)) out.push(finding("duplicatePort", [...path, "port"], `port ${number}/${proto} is used by another port of the Service`));
    seen.pairs.add(`${proto}/${number}`);
  }
  if (typeof targetPort === "number" && targetPort !== 0 && !isValidPortNumber(targetPort)) {
    out.push(finding("invalidTargetPort", [...path, "targetPort"], `${targetPort} is not a port number between 1 and 65535`));
  } else if (typeof targetPort === "string" && targetPort !== "") {
    const error2 = portNameError(targetPort);
    if (error2) out.push(finding("invalidTargetPort", [...path, "targetPort"], `targetPort name ${quote(targetPort)} ${error2}`));
  }
  if (typeof nodePort === "number" && nodePort !== 0) out.push(...nodePortFindings(nodePort, proto, [...path, "nodePort"], service.type, seen));
  return out;
}
function nodePortFindings(nodePort, proto, path, type, seen) {
  if (type !== "NodePort" && type !== "LoadBalancer") {
    return [finding("nodePortNotAllowed", path, `nodePort may not be used when the type is ${quote(type)}`)];
  }
  if (nodePort < nodePortMin || nodePort > nodePortMax) {
    return [finding("nodePortOutOfRange", path, `${nodePort} is outside the default node port range ${nodePortMin}-${nodePortMax}`)];
  }
  const key = `${proto}/${nodePort}`;
  if (seen.nodePorts.has(key)) return [finding("duplicateNodePort", path, `nodePort ${nodePort}/${proto} is used by another port of the Service`)];
  seen.nodePorts.add(key);
  return [];
}

// src/validate/checks/update-strategy.ts
var updateStrategy = {
  id: "update-strategy",
  summary: "Deployment strategy and DaemonSet/StatefulSet updateStrategy use a known type, and rollingUpdate only with RollingUpdate and with a maxSurge or maxUnavailable above 0 (for a DaemonSet, exactly one of them).",
  check(resource) {
    const { object } = resource;
    if (isKind(resource, "apps", "Deployment")) return strategy(object, "strategy", ["Recreate", "RollingUpdate"], { surge: true, exclusive: true });
    if (isKind(resource, "apps", "DaemonSet")) return strategy(object, "updateStrategy", ["OnDelete", "RollingUpdate"], { surge: true, exclusive: false });
    if (isKind(resource, "apps", "StatefulSet")) return strategy(object, "updateStrategy", ["OnDelete", "RollingUpdate"], { surge: false, exclusive: true });
    return [];
  }
};
function strategy(object, field, types2, shape) {
  const path = ["spec", field];
  const value = objectAt(object, path);
  if (!value) return [];
  const out = [];
  const type = value.type;
  if (typeof type === "string" && !types2.includes(type)) {
    out.push(finding("unsupportedType", [...path, "type"], `${quote(type)} is not a supported type (${types2.join(", ")})`));
  }
  const rolling = value.rollingUpdate;
  if (rolling === void 0 || rolling === null) return out;
  if (typeof type === "string" && type !== "RollingUpdate" && type !== "") {
    if (!shape.exclusive) return out;
    out.push(finding("rollingUpdateForbidden", [...path, "rollingUpdate"], `rollingUpdate may not be set when the type is ${quote(type)}`, "key"));
    return out;
  }
  if (!isObject(rolling)) return out;
  const at = [...path, "rollingUpdate"];
  if (!shape.surge) {
    const partition = rolling.partition;
    if (typeof partition === "number" && partition < 0) out.push(finding("negativeValue", [...at, "partition"], "partition must be greater than or equal to 0"));
    return out;
  }
  const daemonSet = field === "updateStrategy";
  out.push(...intOrPercentFindings(rolling.maxSurge, [...at, "maxSurge"], daemonSet));
  out.push(...intOrPercentFindings(rolling.maxUnavailable, [...at, "maxUnavailable"], true));
  const surge = isSet(rolling.maxSurge) ? parseIntOrPercent(rolling.maxSurge)?.value : daemonSet ? 0 : 25;
  const unavailable = isSet(rolling.maxUnavailable) ? parseIntOrPercent(rolling.maxUnavailable)?.value : daemonSet ? 1 : 25;
  if (unavailable === 0 && surge === 0) {
    out.push(finding("bothZero", [...at, "maxUnavailable"], "maxUnavailable may not be 0 when maxSurge is 0"));
  }
  if (daemonSet && surge !== void 0 && surge !== 0 && unavailable !== void 0 && unavailable !== 0) {
    const text = isSet(rolling.maxUnavailable) ? "maxSurge may not be set when maxUnavailable is non-zero" : "maxSurge may not be set when maxUnavailable is non-zero (it defaults to 1: set maxUnavailable: 0 to surge)";
    out.push(finding("surgeAndUnavailable", [...at, "maxSurge"], text));
  }
  return out;
}

// src/validate/checks/volume-mounts.ts
var volumeMounts = {
  id: "volume-mounts",
  summary: 'Volume mounts refer to declared volumes, use a mountPath once per container and a relative subPath without "..".',
  check(resource) {
    const pod = podSpecOf(resource);
    if (!pod) return [];
    const declared = new Set(objectsOf(pod.spec.volumes).map(([volume]) => volume.name));
    if (isKind(resource, "apps", "StatefulSet")) {
      for (const [claim] of objectsOf(valueAt(resource.object, ["spec", "volumeClaimTemplates"]))) {
        declared.add(objectAt(claim, ["metadata"])?.name);
      }
    }
    const out = [];
    for (const container of containersIn(resource)) {
      const paths = /* @__PURE__ */ new Set();
      for (const [mount, i] of objectsOf(container.spec.volumeMounts)) {
        out.push(...mountFindings(mount, [...container.path, "volumeMounts", i], declared, paths));
      }
    }
    return out;
  }
};
function mountFindings(mount, path, declared, paths) {
  const out = [];
  const { name, mountPath, subPath } = mount;
  if (name === "") out.push(finding("nameRequired", [...path, "name"], "a volume mount name is required"));
  else if (typeof name === "string" && !declared.has(name)) out.push(finding("volumeNotFound", [...path, "name"], `volume ${quote(name)} is not declared in the pod's volumes`));
  if (mountPath === "") {
    out.push(finding("mountPathRequired", [...path, "mountPath"], "mountPath is required"));
  } else if (typeof mountPath === "string") {
    if (paths.has(mountPath)) out.push(finding("duplicateMountPath", [...path, "mountPath"], `mountPath ${quote(mountPath)} must be unique within the container`));
    paths.add(mountPath);
  }
  if (typeof subPath === "string" && subPath !== "") {
    if (subPath.startsWith("/")) out.push(finding("absoluteSubPath", [...path, "subPath"], `subPath ${quote(subPath)} must be a relative path`));
    else if (subPath.split(/[/\\]/).includes("..")) out.push(finding("subPathBacksteps", [...path, "subPath"], `subPath ${quote(subPath)} must not contain '..'`));
  }
  return out;
}

// src/validate/checks/volumes.ts
var volumeSources = [
  "hostPath",
  "emptyDir",
  "gcePersistentDisk",
  "awsElasticBlockStore",
  "gitRepo",
  "secret",
  "nfs",
  "iscsi",
  "glusterfs",
  "persistentVolumeClaim",
  "rbd",
  "flexVolume",
  "cinder",
  "cephfs",
  "flocker",
  "downwardAPI",
  "fc",
  "azureFile",
  "configMap",
  "vsphereVolume",
  "quobyte",
  "azureDisk",
  "photonPersistentDisk",
  "projected",
  "portworxVolume",
  "scaleIO",
  "storageos",
  "csi",
  "ephemeral",
  "image"
];
var volumes = {
  id: "volumes",
  summary: "Pod volumes have unique DNS-1123 label names and at most one volume source each.",
  check(resource) {
    const pod = podSpecOf(resource);
    if (!pod) return [];
    const out = [];
    const seen = /* @__PURE__ */ new Set();
    for (const [volume, i] of objectsOf(pod.spec.volumes)) {
      const path = [...pod.path, "volumes", i];
      const { name } = volume;
      if (name === "") {
        out.push(finding("nameRequired", [...path, "name"], "a volume name is required"));
      } else if (typeof name === "string") {
        const error2 = dns1123LabelError(name);
        if (error2) out.push(finding("invalidName", [...path, "name"], `volume name ${quote(name)} ${error2}`));
        else if (seen.has(name)) out.push(finding("duplicateName", [...path, "name"], `volume name ${quote(name)} is used by another volume`));
        seen.add(name);
      }
      const set = volumeSources.filter((key) => volume[key] !== void 0 && volume[key] !== null);
      const [, second] = set;
      if (second !== void 0) out.push(finding("manySources", [...path, second], `a volume may not specify more than one source (found ${set.join(", ")})`, "key"));
    }
    return out;
  }
};

// src/validate/checks/workload-selector.ts
var workloadSelector = {
  id: "workload-selector",
  summary: "apps/v1 workloads, ReplicationControllers and manual-selector Jobs have a valid selector that matches the pod template labels.",
  check(resource) {
    const spec = objectAt(resource.object, ["spec"]);
    if (!spec) return [];
    if (isKind(resource, "apps", ...appsWorkloadKinds)) return isObject(spec.selector) ? requiredSelector(spec, resource.kind) : [];
    if (isKind(resource, "batch", "Job")) {
      if (spec.manualSelector === true) return requiredSelector(spec, "job");
      return isObject(spec.selector) ? labelSelectorFindings(spec.selector, ["spec", "selector"]) : [];
    }
    if (isKind(resource, "batch", "CronJob")) return cronJobTemplate(resource);
    if (isKind(resource, "", "ReplicationController")) return replicationController(spec);
    return [];
  }
};
function replicationController(spec) {
  const template = objectAt(spec, ["template"]);
  const templateLabels = objectAt(template, ["metadata", "labels"]) ?? {};
  const given = objectAt(spec, ["selector"]);
  const selector = given && Object.keys(given).length > 0 ? given : templateLabels;
  if (Object.keys(selector).length === 0) return [finding("selectorRequired", ["spec", "selector"], "selector is required (it defaults to the template labels, which are empty)")];
  const matches = Object.entries(selector).every(([key, value]) => templateLabels[key] === value);
  if (template && !matches) return [finding("selectorMismatch", ["spec", "template", "metadata", "labels"], "selector does not match template labels")];
  return [];
}
function requiredSelector(spec, kind) {
  const path = ["spec", "selector"];
  const selector = spec.selector;
  if (selector === void 0 || selector === null) return [finding("selectorRequired", path, "selector is required")];
  if (!isObject(selector)) return [];
  const out = labelSelectorFindings(selector, path);
  if (isEmptySelector(selector)) {
    out.push(finding("emptySelector", path, `an empty selector is invalid for a ${kind}`));
    return out;
  }
  const templateLabels = objectAt(spec, ["template", "metadata", "labels"]) ?? {};
  if (out.length === 0 && selectorMatches(selector, templateLabels) === false) {
    const labelsPath = ["spec", "template", "metadata", "labels"];
    out.push(finding("selectorMismatch", labelsPath, "selector does not match template labels"));
  }
  return out;
}
function cronJobTemplate(resource) {
  const spec = objectAt(resource.object, ["spec", "jobTemplate", "spec"]);
  if (!spec) return [];
  const out = [];
  const path = ["spec", "jobTemplate", "spec"];
  if (spec.selector !== void 0 && spec.selector !== null) {
    out.push(finding("selectorGenerated", [...path, "selector"], "selector will be auto-generated and may not be set in a CronJob", "key"));
  }
  if (spec.manualSelector === true) {
    out.push(finding("manualSelectorUnsupported", [...path, "manualSelector"], "manualSelector may not be true in a CronJob"));
  }
  return out;
}

// src/validate/checks/workload-spec.ts
var counts = ["replicas", "minReadySeconds", "revisionHistoryLimit"];
var workloadSpec = {
  id: "workload-spec",
  summary: "Workload counts are non-negative, progressDeadlineSeconds exceeds minReadySeconds, and StatefulSet serviceName and podManagementPolicy are valid.",
  check(resource, { kubernetesVersion }) {
    const apps = isKind(resource, "apps", ...appsWorkloadKinds);
    if (!apps && !isKind(resource, "", "ReplicationController")) return [];
    const spec = objectAt(resource.object, ["spec"]);
    if (!spec) return [];
    const out = [];
    for (const field of counts) {
      const value = spec[field];
      if (typeof value === "number" && value < 0) out.push(finding("negativeValue", ["spec", field], `${field} must be greater than or equal to 0`));
    }
    const { progressDeadlineSeconds: deadline, minReadySeconds: minReady } = spec;
    if (resource.kind === "Deployment" && typeof deadline === "number") {
      if (deadline <= 0) out.push(finding("deadlineNotPositive", ["spec", "progressDeadlineSeconds"], "progressDeadlineSeconds must be greater than 0"));
      else if (typeof minReady === "number" && deadline <= minReady) {
        out.push(finding("deadlineBelowMinReady", ["spec", "progressDeadlineSeconds"], "progressDeadlineSeconds must be greater than minReadySeconds"));
      }
    }
    if (resource.kind === "StatefulSet") out.push(...statefulSet(spec, minorOf(kubernetesVersion)));
    return out;
  }
};
function statefulSet(spec, minor) {
  const out = [];
  const policy = spec.podManagementPolicy;
  if (typeof policy === "string" && policy !== "OrderedReady" && policy !== "Parallel") {
    out.push(finding("invalidPodManagementPolicy", ["spec", "podManagementPolicy"], `${quote(policy)} is not a supported value (OrderedReady, Parallel)`));
  }
  const serviceName = spec.serviceName;
  const error2 = minor >= 33 && typeof serviceName === "string" && serviceName !== "" ? dns1123LabelError(serviceName) : void 0;
  if (error2) out.push(finding("invalidServiceName", ["spec", "serviceName"], `serviceName ${quote(serviceName)} ${error2}`));
  return out;
}

// src/validate/checks/workload-template.ts
var specKinds = [
  ["", ["Pod", "ReplicationController"]],
  ["apps", appsWorkloadKinds],
  ["batch", jobKinds]
];
var workloadTemplate = {
  id: "workload-template",
  summary: "Pods and workloads have a spec, and ReplicationControllers and PodTemplates a pod template.",
  check(resource) {
    const { object, kind } = resource;
    if (isKind(resource, "", "PodTemplate")) {
      return objectAt(object, ["template"]) ? [] : [finding("templateRequired", ["template"], "template is required")];
    }
    if (!specKinds.some(([group, kinds]) => isKind(resource, group, ...kinds))) return [];
    const spec = objectAt(object, ["spec"]);
    const path = ["spec"];
    if (object.spec !== void 0 && object.spec !== null && !spec) return [];
    if (!spec) return [finding("specRequired", path, `a ${kind} needs a spec with its ${kind === "Pod" ? "containers" : "pod template"}`)];
    if (kind === "ReplicationController" && !objectAt(spec, ["template"])) {
      return [finding("templateRequired", [...path, "template"], "template is required")];
    }
    return [];
  }
};

// src/validate/checks/index.ts
var apiChecks = [
  objectName,
  namespaceName,
  labels,
  annotations,
  workloadTemplate,
  workloadSelector,
  workloadSpec,
  updateStrategy,
  jobSpec,
  cronJob,
  restartPolicy,
  podSpec,
  topologySpread,
  containerNames,
  containerFields,
  containerPorts,
  containerResources,
  envVars,
  probes,
  volumes,
  volumeMounts,
  servicePorts,
  serviceType,
  ingress,
  networkPolicy,
  horizontalPodAutoscaler,
  podDisruptionBudget,
  secretData,
  secretType,
  configMapData
];

// src/validate/run-api-checks.ts
function runChecks(checks, resources, options) {
  const context = { kubernetesVersion: options.kubernetesVersion, resources };
  const out = [];
  for (const resource of options.only ?? resources) {
    const seen = asServerSees(resource);
    for (const check of checks) {
      try {
        for (const found2 of check.check(seen, context)) {
          out.push({
            ruleId: `api/${check.id}`,
            severity: found2.severity ?? "error",
            message: found2.message,
            messageId: found2.messageId,
            range: resource.rangeOf(found2.path, found2.target),
            resource: resourceIdOf(resource),
            path: found2.path
          });
        }
      } catch (error2) {
        out.push(internalFailure(`the check api/${check.id}`, "checkFailed", resource, error2));
      }
    }
  }
  return out;
}
function asServerSees(resource) {
  const object = withoutEmptyDefaults(resource.object, resource.apiVersion, resource.kind);
  return object === resource.object ? resource : { ...resource, object };
}

// src/validate/index.ts
function runApiChecks(resources, context) {
  return runChecks(apiChecks, resources, context);
}

// src/run/validate-shard.ts
function schemaOptions(input) {
  return { kubernetesVersion: input.kubernetesVersion, extraSchemas: { dirs: input.schemaDirs, readFile: (file) => readFileBounded(file, defaultMaxFileBytes) } };
}
var batchSize = 8;
async function checkShard(input, extra = { resources: [], diagnostics: [] }) {
  const loaded = await loadInputs(input.files, { cwd: input.cwd });
  const own = [...extra.resources, ...loaded.resources];
  const everything = new ResourceSet(input.crds ? [...own, ...input.crds.map(crdResource)] : own);
  const schema = await loadSchemaValidator(schemaOptions(input), everything, loaded.unreadableCrds);
  const diagnostics = [...extra.diagnostics, ...loaded.diagnostics];
  checkResources(own, everything, schema, input, diagnostics);
  const objects = /* @__PURE__ */ new Map();
  for (const resource of loaded.resources) objects.set(resource.source.file, (objects.get(resource.source.file) ?? 0) + 1);
  return { files: loaded.files, objects: loaded.files.map((file) => objects.get(file) ?? 0), diagnostics, resources: own };
}
async function checkBatches(input, queue, preloaded) {
  const definitions = new ResourceSet((input.crds ?? []).map(crdResource));
  const schema = await loadSchemaValidator(schemaOptions(input), definitions, input.unreadableCrds);
  const out = [];
  for (let index = queue.take(); index !== void 0; index = queue.take()) {
    const batch = { index, files: [], objects: [], diagnostics: [] };
    const resources = [];
    for (const file of queue.filesOf(index)) {
      const name = displayName(file, input.cwd);
      const loaded = preloaded?.get(file) ?? await loadFile(file, name);
      preloaded?.delete(file);
      batch.files.push(name);
      batch.objects.push(loaded.resources.length);
      for (const resource of loaded.resources) resources.push(resource);
      for (const diagnostic of loaded.diagnostics) batch.diagnostics.push(diagnostic);
    }
    checkResources(resources, definitions, schema, input, batch.diagnostics);
    out.push(batch);
  }
  return out;
}
function mergeBatches(batches) {
  const out = { files: [], objects: [], diagnostics: [], resources: [] };
  for (const batch of [...batches].sort((a, b) => a.index - b.index)) {
    for (const file of batch.files) out.files.push(file);
    for (const count of batch.objects) out.objects.push(count);
    for (const diagnostic of batch.diagnostics) out.diagnostics.push(diagnostic);
  }
  return out;
}
function checkResources(own, context, schema, input, diagnostics) {
  const { kubernetesVersion } = input;
  for (const resource of own) {
    try {
      for (const issue of schema.validate(resource)) {
        diagnostics.push({
          ruleId: issue.ruleId,
          messageId: issue.messageId,
          severity: issue.severity,
          message: issue.message,
          range: resource.rangeOf(issue.path, issue.target),
          resource: resourceIdOf(resource),
          path: issue.path
        });
      }
    } catch (error2) {
      if (error2 instanceof DrydockError) throw error2;
      diagnostics.push(internalFailure("schema validation", "internal", resource, error2));
    }
  }
  for (const d of runApiChecks(context, { kubernetesVersion, only: own })) diagnostics.push(d);
  for (const d of duplicatesInFiles(own, context, input.defaultNamespace ?? "default")) diagnostics.push(d);
}
function duplicatesInFiles(own, context, defaultNamespace) {
  const byFile = /* @__PURE__ */ new Map();
  for (const resource of own) {
    if (isMarkdownName(resource.source.file)) continue;
    const apply = resource.source.kustomization ?? resource.source.file;
    const list = byFile.get(apply);
    if (list) list.push(resource);
    else byFile.set(apply, [resource]);
  }
  const scope = { defaultNamespace, clusterScopedCustomKinds: clusterScopedCustomKinds(context.ofKind("CustomResourceDefinition").map((crd) => crd.object)) };
  return [...byFile.values()].filter((list) => list.length > 1).flatMap((list) => findDuplicateObjects(list, scope));
}
function crdResource(crd) {
  const metadata = crd.object.metadata ?? {};
  return {
    apiVersion: String(crd.object.apiVersion ?? ""),
    kind: String(crd.object.kind ?? ""),
    name: String(metadata.name ?? ""),
    object: crd.object,
    source: crd.source,
    rangeOf: () => ({ file: crd.source.file, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } })
  };
}

export {
  BatchQueue,
  batchSize,
  checkShard,
  checkBatches,
  mergeBatches
};
