export type { Position, SourceRange } from './source-range.js';
export type { JsonPath } from './json-path.js';
export { formatPath, valueAt } from './json-path.js';
export type { Diagnostic, Severity } from './diagnostic.js';
export { compareDiagnostics, findingKey } from './diagnostic.js';
export type { ResourceId } from './resource-id.js';
export { splitApiVersion, formatResourceId, resourceIdOf } from './resource-id.js';
export type { Resource, ResourceSource, RangeTarget, JsonObject, CommentDirective } from './resource.js';
export { ResourceSet } from './resource-set.js';
export { DrydockError, describeInternalError, ExitCode } from './errors.js';
export { internalFailure, hasInternalFailure } from './internal-failure.js';
export { repositoryUrl, docsBaseUrl, ruleDocsUrl } from './docs-url.js';
export type { FailureCode } from './errors.js';
export type { KubernetesVersion } from './kubernetes-version.js';
export type { UnreadableCrd } from './unreadable-crd.js';
export {
  supportedKubernetesVersions,
  defaultKubernetesVersion,
  parseKubernetesVersion,
  minorOf,
} from './kubernetes-version.js';
export type { ContainerRef, ContainerKind } from './pod-template.js';
export { podTemplatePath, podSpecOf, containersOf, isObject, podLabelsOf } from './pod-template.js';
export type { Labels } from './label-selector.js';
export { selectorMatches, mapMatches, labelsOf } from './label-selector.js';
export { namespaceOf } from './namespace.js';
export { hostPathMountsOf, isPathUnder, trimTrailingSlashes, type HostPathMount } from './host-paths.js';
export { hasDelimitedRun } from './delimited-run.js';
export { looksLikeCredentialName, couldBeCredentialValue, holdsPrivateKey } from './credential-names.js';
export { effectiveSecurityContext, capabilitiesOf, type SecurityField, type EffectiveSetting, type EffectiveSecurityContext, type CapabilityEntry } from './security-context.js';
export { parseQuantity, compareQuantities, quantityError, type Quantity } from './quantity.js';
export { emptyDefaultedFields, removeEmptyDefaults, withoutEmptyDefaults } from './defaulted-strings.js';
export { missingFieldPath } from './missing-field-path.js';
export { parseImageReference, type ImageReference } from './image-reference.js';
export { resourceAmountOf, unsetResourceAmounts, type ResourceAmount, type UnsetResourceAmount } from './container-resources.js';
export { probePortOf, declaredPortStatus, undeclaredProbePorts, type ProbePort, type UndeclaredProbePort } from './probe-port.js';
export { parseIntOrPercent, scaledCount, type IntOrPercent } from './int-or-percent.js';
export {
  isClusterScoped,
  namespaceHasOtherObjects,
  createsPods,
  podCreatorsOf,
  ofKindIn,
  shouldJudgeSelection,
  podCreatorsSelectedBy,
  operatorResourcesMatching,
  findInNamespace,
  type SelectionReportWhen,
} from './namespace-scope.js';
export { policyRulesOf, ruleGrants, roleRefOf, boundRoleOf, nameMatchesAny, type PolicyRuleRef, type Permission } from './rbac-policy.js';
export { hpaTargets, hpasTargeting, hpaMinReplicas, declaredReplicas, isKnownBelowReplicas } from './scale-target.js';
export { memoByString } from './memo-by-string.js';
export { editDistance } from './edit-distance.js';
export { isStandardBase64, decodedLength } from './base64.js';
export { metadataPolicyKinds } from './metadata-policy-kinds.js';
export {
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
} from './kind-families.js';
export { estimatedProgramSize } from './regexp-size.js';
export { builtInClusterKinds } from './cluster-kinds.js';
export type { ClusterFacts, PendingPodFact } from './cluster-facts.js';
export { configReferencesOf, type ConfigReference, type ConfigRefKind } from './config-references.js';
export { quoteName, quoteValue, maxQuotedLength, safeMessage, safeMessageData, maxMessageLength, maxDataLength } from './quote-input.js';
export { isInside, isStrictlyInside } from './path-inside.js';
export { mergeKeyOf, usesStrategicMerge } from './merge-keys.js';
export { describeRun, describeSkipped, noneSkipped, plural, type RunCounts, type SkippedCounts } from './run-counts.js';
export { objectKey, duplicateObjectMessage, clusterScopedCustomKinds, findDuplicateObjects } from './duplicate-objects.js';
export { isRulePreset, rulePresets, type RulePreset } from './rule-presets.js';
export { offlineGitEnv } from './offline-git.js';
export { isLoadRestrictor, loadRestrictors, type LoadRestrictor } from './load-restrictor.js';
export { isGoDuration } from './go-duration.js';
