import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  docsBaseUrl,
  editDistance
} from "./chunk-084AE718.js";
import "./chunk-E3B0C442.js";

// src/report/catalog/diagnostic-catalog.ts
var diagnosticCatalog = [
  {
    "id": "yaml/<code>",
    "cause": "the file cannot be read as kubectl reads it (below)",
    "severity": "error",
    "page": "diagnostics.md"
  },
  {
    "id": "input/outside-root",
    "cause": "a link (met in a folder walk or a glob, or named below the root) that leads outside the run's root or into a `.git` folder; it is not followed and nothing is read from its target (cli.md). Reported at the link's own path, line 1. A kustomization entry (resource, patch, component, generator file) that leads there, or, in a `plan --base <git-ref>` build, is or passes through a link or submodule of the ref, is reported at the entry (kustomize.md). Fix: move the file into the repository, or widen the root with `--root`",
    "severity": "warning",
    "page": "diagnostics.md"
  },
  {
    "id": "input/ignore-overridden",
    "cause": "a file named on the command line that an `ignore:` pattern of the config matches; it is checked anyway",
    "severity": "info",
    "page": "diagnostics.md"
  },
  {
    "id": "input/duplicate-object",
    "cause": "an object defined twice in one file, on standard input or in one kustomize build (a build is one apply, whichever files its objects come from; an object with the same apiVersion too is `kustomize/duplicate-resource`, an error, since kustomize refuses that build; same API group, kind, namespace and name; objects without a namespace count in the default one, `namespace:` of the config or `default`). `kubectl apply` accepts both and the later silently overwrites the earlier, so this is a warning, reported at the second `metadata.name` with the first's `file:line`. Only within one file or build: a folder or tree often holds alternatives never applied together (an `install.yaml` beside a `namespace-install.yaml`, one folder per environment, test data), so files are not compared with each other; `drydock plan`, whose input is one apply, reports clashes across files as `plan/duplicate-object`. Markdown code blocks are separate examples and are not compared. Each file is compared within itself, so `--shard` and `--changed-since` change nothing here",
    "severity": "warning",
    "page": "diagnostics.md"
  },
  {
    "id": "input/not-a-manifest",
    "cause": "a file or document that is not a Kubernetes object (Helm template, kustomization, kind config, Compose file, GitHub workflow); it is skipped (which)",
    "severity": "info",
    "page": "diagnostics.md"
  },
  {
    "id": "schema",
    "cause": "the object breaks its OpenAPI schema (built-in kinds for the target version) or its CRD's `openAPIV3Schema` and CEL rules; in built-in kinds, a field the spec types as a `Quantity` (container resources, PVC and volumeClaimTemplate requests, PV capacity, ResourceQuota `hard`, LimitRange limits, `emptyDir.sizeLimit`, HPA metric targets, \u2026) whose text the server cannot decode, such as `storage: 10GB` (message id `invalidQuantity`, with the server's words: `quantities must match the regular expression \u2026` or `unable to parse quantity's suffix`; spaces around the value are allowed, as the server trims them)",
    "severity": "error",
    "page": "diagnostics.md"
  },
  {
    "id": "schema/api-not-served",
    "cause": "the apiVersion/kind is not served by the target Kubernetes version (removed, not yet added, or never existed in a built-in group)",
    "severity": "error",
    "page": "diagnostics.md"
  },
  {
    "id": "schema/deprecated-api",
    "cause": "the apiVersion is deprecated at the target version but still served",
    "severity": "warning",
    "page": "diagnostics.md"
  },
  {
    "id": "schema/unknown-kind",
    "cause": "no built-in kind, CRD in the input or extra schema (`--schemas`) defines the kind",
    "severity": "warning",
    "page": "diagnostics.md"
  },
  {
    "id": "schema/crd-unreadable",
    "cause": "a custom resource whose CustomResourceDefinition in the input has a YAML error (reported there): it is not checked, rather than called an unknown kind (yaml.md)",
    "severity": "info",
    "page": "diagnostics.md"
  },
  {
    "id": "api/<check>",
    "cause": "the API server's own validation, which no schema expresses: see diagnostics-api.md",
    "severity": "error",
    "page": "diagnostics.md"
  },
  {
    "id": "unused-disable-directive",
    "cause": "a `# drydock-disable` comment that silenced nothing (`--report-unused-disable-directives`)",
    "severity": "warning",
    "page": "diagnostics.md"
  },
  {
    "id": "internal",
    "cause": "a bug in drydock while checking one resource (`<what> failed on <resource>: <reason> (this is a bug in drydock)`, with message id `ruleFailed`, `checkFailed` or `internal`); the rest is still checked and the run exits 2",
    "severity": "error",
    "page": "diagnostics.md"
  },
  {
    "id": "plan/<code>",
    "cause": "the planner's findings (plan-json.md); `plan/pods-not-simulated` (info) says a workload wanted more Pods than the plan simulates (plan.md)",
    "severity": "per finding",
    "page": "diagnostics.md"
  },
  {
    "id": "kustomize/<code>",
    "cause": "a kustomization that cannot be built as kustomize would build it: a missing resource, a cycle, a patch that matches nothing or does not apply, an invalid or unsupported field, a remote resource; at the kustomization's (or the patch's) line. See kustomize.md for each code",
    "severity": "error, warning or info",
    "page": "diagnostics.md"
  },
  {
    "id": "input/cluster-invalid",
    "cause": "a `--cluster` file that cannot be read as a cluster model, or one of more than 5,000 nodes",
    "severity": "error",
    "page": "diagnostics.md"
  },
  {
    "id": "yaml/syntax",
    "cause": 'text that is not valid YAML (or JSON): an unclosed quote or bracket, a key without a value, stray text.\nat a `\\`: an escape in double quotes that kubectl\'s YAML reader (go-yaml v2) does not know: `\\/` (a YAML 1.2 escape), an escaped surrogate (`\\uD800`) or a code point past U+10FFFF, or any unknown letter (yaml.md).\n(info): "N more YAML problems in this file are not shown": after 100 YAML problems in one file the rest are counted, not listed (a badly broken file would otherwise print hundreds of thousands).\nat a `<<` key: a merge key whose value is not a mapping (or a list of mappings); kubectl refuses it too.\nat a key: a mapping key that is itself a mapping or a list (`? [a, b]`, or `{{ .Values.x }}` read as YAML); kubectl cannot turn it into JSON and refuses the document.',
    "fix": "Fix the YAML at the position shown; `kubectl apply` would fail on it too.\nWrite `/` alone; write the character itself.\nFix the first problems; the rest usually follow from them.\nMerge a mapping: `<<: *defaults`.\nUse a string key.",
    "page": "diagnostics.md#yaml-codes"
  },
  {
    "id": "yaml/bad-indent",
    "cause": "items of one mapping or sequence at different columns, or a flow collection not indented past its parent.",
    "fix": "Align the items.",
    "page": "diagnostics.md#yaml-codes"
  },
  {
    "id": "yaml/duplicate-key",
    "cause": "the same key twice in one mapping. kubectl silently keeps the last value, which hides mistakes.",
    "fix": "Remove or merge one of them.",
    "page": "diagnostics.md#yaml-codes"
  },
  {
    "id": "yaml/tab-indent",
    "cause": "a tab used for indentation (tabs are allowed only inside block scalars), or one kubectl's reader (go-yaml v2) refuses where YAML allows it: right after a list dash, or among the leading blanks of a blank or comment line (yaml.md).",
    "fix": "Indent with spaces; delete the tab.",
    "page": "diagnostics.md#yaml-codes"
  },
  {
    "id": "yaml/unknown-alias",
    "cause": "an alias (`*name`) with no anchor (`&name`) before it in the document.",
    "fix": "Define the anchor before the alias.",
    "page": "diagnostics.md#yaml-codes"
  },
  {
    "id": "yaml/alias-limit",
    "cause": 'aliases that expand to more than 100 nodes: a possible "billion laughs" alias bomb.',
    "fix": "Write the values out, or use fewer aliases.",
    "page": "diagnostics.md#yaml-codes"
  },
  {
    "id": "yaml/too-deep",
    "cause": "a document nested more than 256 levels deep.",
    "fix": "Real manifests never are; check how the file was generated.",
    "page": "diagnostics.md#yaml-codes"
  },
  {
    "id": "yaml/not-an-object",
    "cause": "a document that is a list or a scalar instead of a mapping.",
    "fix": "Each document must be one Kubernetes object (or a `kind: List`).",
    "page": "diagnostics.md#yaml-codes"
  },
  {
    "id": "yaml/not-utf8",
    "cause": "bytes that are not valid UTF-8 (UTF-16 files with a byte-order mark are read).",
    "fix": "Save the file as UTF-8.",
    "page": "diagnostics.md#yaml-codes"
  },
  {
    "id": "yaml/binary",
    "cause": "a binary file (NUL bytes) with a manifest's name, or binary bytes on standard input.",
    "fix": "Exclude it with `ignore:` in `.drydock.yaml`.",
    "page": "diagnostics.md#yaml-codes"
  },
  {
    "id": "yaml/too-large",
    "cause": "a file or standard input over 32 MiB (an error; standard input is read only up to the limit), or Markdown over 4 MiB or with a line over 64 KiB, which is noted (info) and not scanned for code blocks.",
    "fix": "Split it; no single manifest file is that large.",
    "page": "diagnostics.md#yaml-codes"
  },
  {
    "id": "yaml/unreadable",
    "cause": "the file cannot be read (permissions, a broken or looping link, a directory).",
    "fix": "Fix the path or permissions.",
    "page": "diagnostics.md#yaml-codes"
  },
  {
    "id": "api/object-name",
    "cause": "`metadata.name` or `generateName` invalid for the kind: DNS-1123 subdomain for most kinds, DNS-1123 label for Namespace and StatefulSet, DNS-1035 label (starts with a letter) for Service, no `/` or `%` (and not `.`/`..`) for RBAC kinds; CronJob names over 52 characters, Job names over 63; a CRD not named `<plural>.<group>`; neither name nor generateName (or no `metadata` at all) on a built-in kind, or on a custom resource whose CRD is in the input (without its CRD, drydock cannot tell a served object from a tool's config file).",
    "fix": "Use lowercase letters, digits and `-` (and `.` where subdomains are allowed), start and end with a letter or digit, and stay within the length.",
    "page": "diagnostics-api.md"
  },
  {
    "id": "api/namespace-name",
    "cause": "`metadata.namespace` of a namespaced object is not a DNS-1123 label. (On cluster-scoped kinds the server ignores it, so it is never reported.)",
    "fix": "Use a lowercase name of at most 63 letters, digits and `-`.",
    "page": "diagnostics-api.md"
  },
  {
    "id": "api/labels",
    "cause": "A label key that is not a qualified name (optional DNS-subdomain prefix and `/`, then at most 63 alphanumerics, `-`, `_`, `.`), or a value longer than 63 characters or with other characters; in the object, pod template, job template or volume claim templates.",
    "fix": "Shorten or rename the key or value; values must start and end with an alphanumeric.",
    "page": "diagnostics-api.md"
  },
  {
    "id": "api/annotations",
    "cause": "An annotation key that is not a qualified name, or all annotations of one metadata over 256 KiB.",
    "fix": "Fix the key; move large data into a ConfigMap.",
    "page": "diagnostics-api.md"
  },
  {
    "id": "api/workload-template",
    "cause": "A Pod, ReplicationController, Deployment, ReplicaSet, DaemonSet, StatefulSet, Job or CronJob without `spec` (or `spec: null`); a ReplicationController or PodTemplate without a pod template.",
    "fix": "Add the spec and its pod template.",
    "page": "diagnostics-api.md"
  },
  {
    "id": "api/workload-selector",
    "cause": "An apps/v1 workload (or a Job with `manualSelector: true`) whose selector is empty, malformed (operator not In/NotIn/Exists/DoesNotExist, `values` missing for In/NotIn or set for Exists/DoesNotExist) or does not match its pod template labels; a CronJob job template with a `selector` or `manualSelector: true`; a ReplicationController whose selector (which defaults to the template labels) is empty or does not match the template labels.",
    "fix": "Make `spec.selector` select `spec.template.metadata.labels`; leave CronJob selectors to the server.",
    "page": "diagnostics-api.md"
  },
  {
    "id": "api/workload-spec",
    "cause": "Negative `replicas`, `minReadySeconds` or `revisionHistoryLimit`; a Deployment `progressDeadlineSeconds` not above `minReadySeconds`; StatefulSet `podManagementPolicy` not OrderedReady/Parallel, or `serviceName` not a DNS-1123 label (1.33+).",
    "fix": "Use non-negative counts and supported values.",
    "page": "diagnostics-api.md"
  },
  {
    "id": "api/update-strategy",
    "cause": "Deployment `strategy` or DaemonSet/StatefulSet `updateStrategy` of an unknown type; `rollingUpdate` with `Recreate` (or a StatefulSet `OnDelete`); `maxSurge`/`maxUnavailable` that are not integers or percentages, over 100% (`maxUnavailable`, and a DaemonSet's `maxSurge`), or both 0; a DaemonSet with both non-zero (it defaults `maxSurge` to 0 and `maxUnavailable` to 1, so `maxSurge` alone needs `maxUnavailable: 0`).",
    "fix": "Remove `rollingUpdate` for Recreate, and let at least one of maxSurge and maxUnavailable be above 0.",
    "page": "diagnostics-api.md"
  },
  {
    "id": "api/job-spec",
    "cause": "Negative `parallelism`, `completions`, `backoffLimit`, `ttlSecondsAfterFinished`, CronJob history limits or `startingDeadlineSeconds`; `activeDeadlineSeconds` \u2264 0; an unknown `completionMode` or `concurrencyPolicy`; an Indexed Job without `completions`.",
    "fix": "Use non-negative counts, a positive deadline, and set `completions` for Indexed Jobs.",
    "page": "diagnostics-api.md"
  },
  {
    "id": "api/cron-job",
    "cause": "A CronJob `schedule` that robfig/cron's standard parser rejects (five fields, ranges, steps, month and weekday names, `@hourly`-style macros and `@every <duration>` are accepted), any `TZ`/`CRON_TZ` in the schedule, or a `timeZone` that is not a known IANA zone (or is `Local`).",
    "fix": "Write five fields like `*/15 9-17 * * MON-FRI`, and put the zone in `spec.timeZone` (e.g. `Europe/Paris`).",
    "page": "diagnostics-api.md"
  },
  {
    "id": "api/restart-policy",
    "cause": "A Deployment, ReplicaSet, DaemonSet, StatefulSet or ReplicationController template with `restartPolicy` other than Always; a Job or CronJob template with Always or no restartPolicy (it defaults to Always).",
    "fix": "Use Always for long-running workloads; OnFailure or Never for Jobs.",
    "page": "diagnostics-api.md"
  },
  {
    "id": "api/topology-spread",
    "cause": "A topology spread constraint with `maxSkew` or `minDomains` below 1, `minDomains` with `whenUnsatisfiable: ScheduleAnyway`, an empty `topologyKey`, a `whenUnsatisfiable` other than DoNotSchedule or ScheduleAnyway, or the same `topologyKey` and `whenUnsatisfiable` twice in one pod.",
    "fix": "Fix the value the finding points at; use a node label such as `topology.kubernetes.io/zone` as key. A constraint without `labelSelector` is accepted but spreads nothing: that is the lint rule `topology-spread-invalid`.",
    "page": "diagnostics-api.md"
  },
  {
    "id": "api/pod-spec",
    "cause": "Negative `terminationGracePeriodSeconds`, `activeDeadlineSeconds` below 1, an unknown `dnsPolicy`, a `hostname`/`subdomain` that is not a DNS-1123 label, a `serviceAccountName` that is not a DNS-1123 subdomain.",
    "fix": "Fix the value.",
    "page": "diagnostics-api.md"
  },
  {
    "id": "api/container-names",
    "cause": "An empty container name, one that is not a DNS-1123 label, or a name used twice across init, regular and ephemeral containers.",
    "fix": "Give each container a unique lowercase name.",
    "page": "diagnostics-api.md"
  },
  {
    "id": "api/container-fields",
    "cause": "A container (init, regular or ephemeral; in a Pod or a pod template) without `image`; `imagePullPolicy` not Always/IfNotPresent/Never, `terminationMessagePolicy` not File/FallbackToLogsOnError, or, in a Pod, an image with leading/trailing whitespace (templates may keep it).",
    "fix": "Use the exact (case-sensitive) values and trim the image.",
    "page": "diagnostics-api.md"
  },
  {
    "id": "api/container-ports",
    "cause": "A port name that is not an IANA_SVC_NAME (\u2264 15 lowercase alphanumerics and `-`, a letter, no `--`, no leading/trailing `-`) or repeated in a container; `containerPort`/`hostPort` outside 1\u201365535; a protocol other than TCP/UDP/SCTP (uppercase); two ports of the pod on the same hostPort, protocol and hostIP; with `hostNetwork: true`, a regular container's `hostPort` that is set and differs from its `containerPort` (an unset one takes the containerPort).",
    "fix": "Rename or renumber the port.",
    "page": "diagnostics-api.md"
  },
  {
    "id": "api/container-resources",
    "cause": "A resource name that is not cpu, memory, ephemeral-storage, hugepages-* or a domain-prefixed extended resource; a negative quantity (text that is no quantity at all is a `schema` error); a request above its limit; an extended resource (e.g. `nvidia.com/gpu`) without a limit or with request \u2260 limit.",
    "fix": "Use quantities like `500m`/`256Mi`, keep requests \u2264 limits, and set extended resources only in limits or equal in both.",
    "page": "diagnostics-api.md"
  },
  {
    "id": "api/env-vars",
    "cause": "An env var name invalid for the target version (before 1.32: letters, digits, `-`, `_`, `.`, not starting with a digit; from 1.32, when RelaxedEnvironmentVariableValidation is on by default: any printable ASCII except `=`), or an empty one; `value` together with `valueFrom`; `valueFrom` with no or several sources; a key ref without a valid key; an invalid `envFrom` prefix or an envFrom entry with both or neither of configMapRef/secretRef.",
    "fix": "Rename the variable, or pick one value source.",
    "page": "diagnostics-api.md"
  },
  {
    "id": "api/probes",
    "cause": 'A probe with no handler or several (exec, httpGet, tcpSocket, grpc), negative numbers, `successThreshold` other than 1 on a liveness or startup probe, `terminationGracePeriodSeconds` \u2264 0, a port outside 1\u201365535 or a port name that is not an IANA_SVC_NAME (a quoted `"8080"` is a name), an httpGet scheme other than HTTP/HTTPS, or a probe on an init container that is not a sidecar (`restartPolicy: Always`).',
    "fix": "Give each probe one handler and valid numbers.",
    "page": "diagnostics-api.md"
  },
  {
    "id": "api/volumes",
    "cause": "An empty, invalid (not a DNS-1123 label) or duplicate volume name, or a volume with several sources.",
    "fix": "Rename the volume or split it.",
    "page": "diagnostics-api.md"
  },
  {
    "id": "api/volume-mounts",
    "cause": "A mount naming a volume the pod does not declare (StatefulSet volumeClaimTemplates count), an empty name or mountPath, the same mountPath twice in a container, or a `subPath` that is absolute or contains `..`.",
    "fix": "Declare the volume or fix the name; use distinct mount paths and relative subPaths.",
    "page": "diagnostics-api.md"
  },
  {
    "id": "api/service-ports",
    "cause": "A missing port name when the Service has several ports, a name that is not a DNS-1123 label or is repeated, a port outside 1\u201365535, an unknown protocol, the same port and protocol twice, a `targetPort` outside 1\u201365535 or an invalid port name, a `nodePort` on a ClusterIP Service, outside the default range 30000\u201332767, or repeated.",
    "fix": "Name every port uniquely and keep nodePorts in range for NodePort/LoadBalancer Services.",
    "page": "diagnostics-api.md"
  },
  {
    "id": "api/service-type",
    "cause": "An unknown `type`; an ExternalName Service without a valid `externalName` or with a `clusterIP`; `clusterIP: None` on a NodePort or LoadBalancer Service; a clusterIP that is neither None nor an IP; a non-headless Service without ports; an unknown `sessionAffinity`.",
    "fix": "Fix the type-specific fields.",
    "page": "diagnostics-api.md"
  },
  {
    "id": "api/ingress",
    "cause": "(networking.k8s.io/v1) No rules and no defaultBackend; a host that is an IP, not a DNS-1123 subdomain, or a malformed `*.` wildcard; an Exact/Prefix path not starting with `/` or containing `//`, `/./`, `/../`, `%2f` or ending in `/.`, `/..`; an unknown or empty pathType; a backend with both or neither of service and resource, a service port with both or neither of name and number, or an invalid service name/port; an invalid `ingressClassName`.",
    "fix": "Use DNS hosts, absolute paths, and `backend.service.port.number` or `.name`.",
    "page": "diagnostics-api.md"
  },
  {
    "id": "api/network-policy",
    "cause": "A port protocol other than TCP/UDP/SCTP, a port outside 1\u201365535 or an invalid name, `endPort` with a named port or below `port`; a peer with no selector or ipBlock, or an ipBlock combined with a selector; an invalid CIDR; a policy type other than Ingress/Egress.",
    "fix": "Fix the port or peer.",
    "page": "diagnostics-api.md"
  },
  {
    "id": "api/horizontal-pod-autoscaler",
    "cause": "`minReplicas` below 1, `maxReplicas` below 1 or below `minReplicas`, an empty scaleTargetRef kind or name.",
    "fix": "Keep 1 \u2264 minReplicas \u2264 maxReplicas.",
    "page": "diagnostics-api.md"
  },
  {
    "id": "api/pod-disruption-budget",
    "cause": "Both `minAvailable` and `maxUnavailable`, a negative value, a percentage over 100% or a string that is not a percentage, or a malformed selector.",
    "fix": "Set one of the two, as a count or a percentage.",
    "page": "diagnostics-api.md"
  },
  {
    "id": "api/secret-data",
    "cause": "A data/stringData key that is not alphanumerics, `-`, `_`, `.` (or is `.`/`..`, starts with `..`, or exceeds 253 characters), a `data` value that is not standard padded base64, or a Secret over 1 MiB.",
    "fix": "Base64-encode values (or use stringData) and rename keys.",
    "page": "diagnostics-api.md"
  },
  {
    "id": "api/secret-type",
    "cause": "A typed Secret without the keys its type requires (`kubernetes.io/tls`: tls.crt and tls.key; `dockerconfigjson`: .dockerconfigjson, valid JSON; `dockercfg`: .dockercfg, valid JSON; `ssh-auth`: ssh-privatekey; `basic-auth`: username or password), or a service-account-token Secret without the `kubernetes.io/service-account.name` annotation.",
    "fix": "Add the keys or annotation, or use type Opaque.",
    "page": "diagnostics-api.md"
  },
  {
    "id": "api/config-map-data",
    "cause": "An invalid key, a key in both `data` and `binaryData`, `binaryData` that is not base64, or a ConfigMap over 1 MiB.",
    "fix": "Rename keys, encode binary data, split large ConfigMaps.",
    "page": "diagnostics-api.md"
  },
  {
    "id": "plan/duplicate-object",
    "cause": "A finding of the planner (drydock plan), about the objects as they would be applied.",
    "page": "plan-json.md#diagnostics"
  },
  {
    "id": "plan/namespace-missing",
    "cause": "A finding of the planner (drydock plan), about the objects as they would be applied.",
    "page": "plan-json.md#diagnostics"
  },
  {
    "id": "plan/crd-missing",
    "cause": "A finding of the planner (drydock plan), about the objects as they would be applied.",
    "page": "plan-json.md#diagnostics"
  },
  {
    "id": "plan/replicas-owned-by-hpa",
    "cause": "A finding of the planner (drydock plan), about the objects as they would be applied.",
    "page": "plan-json.md#diagnostics"
  },
  {
    "id": "plan/pod-unschedulable",
    "cause": "A finding of the planner (drydock plan), about the objects as they would be applied.",
    "page": "plan-json.md#diagnostics"
  },
  {
    "id": "plan/pods-not-simulated",
    "cause": "A finding of the planner (drydock plan), about the objects as they would be applied.",
    "page": "plan-json.md#diagnostics"
  },
  {
    "id": "plan/target-port-not-found",
    "cause": "A finding of the planner (drydock plan), about the objects as they would be applied.",
    "page": "plan-json.md#diagnostics"
  },
  {
    "id": "plan/backend-service-missing",
    "cause": "A finding of the planner (drydock plan), about the objects as they would be applied.",
    "page": "plan-json.md#diagnostics"
  },
  {
    "id": "plan/backend-port-missing",
    "cause": "A finding of the planner (drydock plan), about the objects as they would be applied.",
    "page": "plan-json.md#diagnostics"
  },
  {
    "id": "plan/backend-no-pods",
    "cause": "A finding of the planner (drydock plan), about the objects as they would be applied.",
    "page": "plan-json.md#diagnostics"
  },
  {
    "id": "plan/rule-conflict",
    "cause": "A finding of the planner (drydock plan), about the objects as they would be applied.",
    "page": "plan-json.md#diagnostics"
  },
  {
    "id": "plan/rule-unreachable",
    "cause": "A finding of the planner (drydock plan), about the objects as they would be applied.",
    "page": "plan-json.md#diagnostics"
  },
  {
    "id": "plan/default-backend-conflict",
    "cause": "A finding of the planner (drydock plan), about the objects as they would be applied.",
    "page": "plan-json.md#diagnostics"
  },
  {
    "id": "plan/ingress-class-missing",
    "cause": "A finding of the planner (drydock plan), about the objects as they would be applied.",
    "page": "plan-json.md#diagnostics"
  },
  {
    "id": "plan/tls-secret-missing",
    "cause": "A finding of the planner (drydock plan), about the objects as they would be applied.",
    "page": "plan-json.md#diagnostics"
  },
  {
    "id": "plan/tls-host-without-rule",
    "cause": "A finding of the planner (drydock plan), about the objects as they would be applied.",
    "page": "plan-json.md#diagnostics"
  },
  {
    "id": "plan/backend-needs-reference-grant",
    "cause": "A finding of the planner (drydock plan), about the objects as they would be applied.",
    "page": "plan-json.md#diagnostics"
  },
  {
    "id": "plan/unavailable-drops-all",
    "cause": "A finding of the planner (drydock plan), about the objects as they would be applied.",
    "page": "plan-json.md#diagnostics"
  },
  {
    "id": "plan/recreate-downtime",
    "cause": "A finding of the planner (drydock plan), about the objects as they would be applied.",
    "page": "plan-json.md#diagnostics"
  },
  {
    "id": "plan/pdb-blocks-drain",
    "cause": "A finding of the planner (drydock plan), about the objects as they would be applied.",
    "page": "plan-json.md#diagnostics"
  },
  {
    "id": "plan/surge-does-not-fit",
    "cause": "A finding of the planner (drydock plan), about the objects as they would be applied.",
    "page": "plan-json.md#diagnostics"
  },
  {
    "id": "plan/replicas-reset-by-apply",
    "cause": "A finding of the planner (drydock plan), about the objects as they would be applied.",
    "page": "plan-json.md#diagnostics"
  },
  {
    "id": "plan/replicas-drop-to-one",
    "cause": "A finding of the planner (drydock plan), about the objects as they would be applied.",
    "page": "plan-json.md#diagnostics"
  }
];

// src/report/catalog/explain-diagnostic.ts
function explainDiagnostic(id) {
  const exact = diagnosticCatalog.find((entry) => entry.id === id);
  const slash = id.indexOf("/");
  const namespace = slash < 0 ? void 0 : id.slice(0, slash + 1);
  const listsCodes = namespace !== void 0 && diagnosticCatalog.some((entry) => entry.id.startsWith(namespace) && !isPattern(entry.id));
  const pattern = exact ?? (namespace === void 0 || listsCodes || !/^[a-z0-9-]+\/[a-z0-9-]+$/.test(id) ? void 0 : diagnosticCatalog.find((entry) => isPattern(entry.id) && entry.id.startsWith(namespace)));
  if (pattern === void 0) return void 0;
  const severity = pattern.severity ?? (namespace === void 0 ? void 0 : diagnosticCatalog.find((entry) => isPattern(entry.id) && entry.id.startsWith(namespace))?.severity);
  return { ...pattern, id, ...severity === void 0 ? {} : { severity }, url: `${docsBaseUrl}/${pattern.page}` };
}
function catalogIds() {
  return diagnosticCatalog.map((entry) => entry.id).filter((id) => !isPattern(id));
}
function isPattern(id) {
  return id.includes("<");
}

// src/report/catalog/closest-ids.ts
function closestIds(id, known) {
  const limit = Math.max(2, Math.floor(id.length / 3));
  return known.map((candidate) => ({ candidate, distance: candidate.startsWith(id) || id.startsWith(candidate) ? 1 : editDistance(id, candidate) })).filter((entry) => entry.distance <= limit).sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate)).slice(0, 3).map((entry) => entry.candidate);
}
export {
  catalogIds,
  closestIds,
  explainDiagnostic
};
