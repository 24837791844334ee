import { isObject, type JsonObject, type JsonPath, type Resource, appsWorkloadKinds } from '../../resources/index.js';
import { finding, type ApiCheck, type ApiFinding } from '../api-check.js';
import { isKind } from '../builtin-kinds.js';
import { isEmptySelector, labelSelectorFindings, selectorMatches } from '../label-selector.js';
import { objectAt } from '../read-field.js';

/** Workload selectors are present, well formed and select their own pod template. */
export const workloadSelector: ApiCheck = {
  id: 'workload-selector',
  summary: 'apps/v1 workloads, ReplicationControllers and manual-selector Jobs have a valid selector that matches the pod template labels.',
  check(resource) {
    const spec = objectAt(resource.object, ['spec']);
    if (!spec) return [];
    // apps/v1 marks selector required in the OpenAPI schema, so a missing one is a schema error
    if (isKind(resource, 'apps', ...appsWorkloadKinds)) return isObject(spec.selector) ? requiredSelector(spec, resource.kind) : [];
    if (isKind(resource, 'batch', 'Job')) {
      if (spec.manualSelector === true) return requiredSelector(spec, 'job');
      return isObject(spec.selector) ? labelSelectorFindings(spec.selector, ['spec', 'selector']) : [];
    }
    if (isKind(resource, 'batch', 'CronJob')) return cronJobTemplate(resource);
    if (isKind(resource, '', 'ReplicationController')) return replicationController(spec);
    return [];
  },
};

// ValidateReplicationControllerSpec: the selector (a plain map) defaults to the template's labels,
// must then be non-empty, and must select the template
function replicationController(spec: JsonObject): ApiFinding[] {
  const template = objectAt(spec, ['template']);
  const templateLabels = objectAt(template, ['metadata', 'labels']) ?? {};
  const given = objectAt(spec, ['selector']);
  const selector = given && Object.keys(given).length > 0 ? given : templateLabels;
  if (Object.keys(selector).length === 0) return [finding('selectorRequired', ['spec', 'selector'], 'selector is required (it defaults to the template labels, which are empty)')];
  const matches = Object.entries(selector).every(([key, value]) => templateLabels[key] === value);
  if (template && !matches) return [finding('selectorMismatch', ['spec', 'template', 'metadata', 'labels'], 'selector does not match template labels')];
  return [];
}

// ValidateDeploymentSpec / ValidateReplicaSetSpec / ValidateDaemonSetSpec / ValidateStatefulSetSpec,
// and validateJobSpec with manualSelector
function requiredSelector(spec: JsonObject, kind: string): ApiFinding[] {
  const path: JsonPath = ['spec', 'selector'];
  const selector = spec.selector;
  if (selector === undefined || selector === null) return [finding('selectorRequired', path, 'selector is required')];
  if (!isObject(selector)) return [];
  const out = labelSelectorFindings(selector, path);
  if (isEmptySelector(selector)) {
    out.push(finding('emptySelector', path, `an empty selector is invalid for a ${kind}`));
    return out;
  }
  const templateLabels = objectAt(spec, ['template', 'metadata', 'labels']) ?? {};
  if (out.length === 0 && selectorMatches(selector, templateLabels) === false) {
    const labelsPath: JsonPath = ['spec', 'template', 'metadata', 'labels'];
    out.push(finding('selectorMismatch', labelsPath, 'selector does not match template labels'));
  }
  return out;
}

// ValidateJobTemplateSpec: a CronJob's Jobs always get a generated selector
function cronJobTemplate(resource: Resource): ApiFinding[] {
  const spec = objectAt(resource.object, ['spec', 'jobTemplate', 'spec']);
  if (!spec) return [];
  const out: ApiFinding[] = [];
  const path: JsonPath = ['spec', 'jobTemplate', 'spec'];
  if (spec.selector !== undefined && spec.selector !== null) {
    out.push(finding('selectorGenerated', [...path, 'selector'], 'selector will be auto-generated and may not be set in a CronJob', 'key'));
  }
  if (spec.manualSelector === true) {
    out.push(finding('manualSelectorUnsupported', [...path, 'manualSelector'], 'manualSelector may not be true in a CronJob'));
  }
  return out;
}
