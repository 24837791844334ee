import { isObject, quoteName, type SourceRange } from '../../resources/index.js';
import { listField, type BuildContext, type Kustomization } from './build-context.js';
import type { BuiltObject } from './built-object.js';
import { annotationSpecs, commonLabelSpecs, metadataLabelSpecs, templateLabelSpecs } from './field-specs.js';
import { addNameAffixes, addToFields, setImages, setNamespace, setReplicas, type ImageOverride } from './transformers.js';

/** namespace, namePrefix, nameSuffix, labels, commonLabels and commonAnnotations, in kustomize's order. */
export function applyMetadataTransformers(context: BuildContext, kustomization: Kustomization, objects: BuiltObject[]): void {
  const { value, at } = kustomization;
  const namespace = stringField(context, kustomization, 'namespace');
  if (namespace) setNamespace(objects, namespace, at(['namespace']));
  const prefix = stringField(context, kustomization, 'namePrefix');
  const suffix = stringField(context, kustomization, 'nameSuffix');
  if (prefix || suffix) addNameAffixes(objects, { prefix, suffix }, { prefix: prefix ? at(['namePrefix']) : undefined, suffix: suffix ? at(['nameSuffix']) : undefined });
  if (Array.isArray(value.labels)) {
    value.labels.forEach((entry, i) => {
      if (!isObject(entry)) return context.invalid(at(['labels', i]), 'each labels entry must be a mapping');
      const pairs = pairsOf(context, entry.pairs, (key) => at(['labels', i, 'pairs', key]));
      const specs = entry.includeSelectors === true ? commonLabelSpecs : entry.includeTemplates === true ? [...templateLabelSpecs] : metadataLabelSpecs;
      addToFields(objects, pairs, specs);
    });
  } else if (value.labels !== undefined) context.invalid(at(['labels']), 'labels must be a list');
  if (value.commonLabels !== undefined) addToFields(objects, pairsOf(context, value.commonLabels, (key) => at(['commonLabels', key])), commonLabelSpecs);
  if (value.commonAnnotations !== undefined) addToFields(objects, pairsOf(context, value.commonAnnotations, (key) => at(['commonAnnotations', key])), annotationSpecs);
}

/** replicas and images, the last transformers kustomize runs. */
export function applyValueTransformers(context: BuildContext, kustomization: Kustomization, objects: BuiltObject[]): void {
  const { at } = kustomization;
  listOf(context, kustomization, 'replicas').forEach((entry, i) => {
    const count = entry.count;
    if (typeof entry.name !== 'string' || typeof count !== 'number' || !Number.isInteger(count)) return context.invalid(at(['replicas', i]), 'a replicas entry needs a name and a whole count');
    setReplicas(objects, entry.name, count, at(['replicas', i, 'count']));
  });
  listOf(context, kustomization, 'images').forEach((entry, i) => {
    if (typeof entry.name !== 'string') return context.invalid(at(['images', i]), 'an images entry needs a name');
    const override: ImageOverride = { name: entry.name };
    for (const field of ['newName', 'newTag', 'digest'] as const) {
      const given = entry[field];
      if (typeof given === 'string') override[field] = given;
      else if (given !== undefined && given !== null) context.invalid(at(['images', i, field]), notAString(field));
    }
    const field = override.digest !== undefined ? 'digest' : override.newTag !== undefined ? 'newTag' : override.newName !== undefined ? 'newName' : 'name';
    setImages(objects, override, at(['images', i, field]));
  });
}

function stringField(context: BuildContext, kustomization: Kustomization, field: string): string | undefined {
  const found = kustomization.value[field];
  if (found === undefined || found === null || found === '') return undefined;
  if (typeof found === 'string') return found;
  context.invalid(kustomization.at([field]), `${field} must be a string`);
  return undefined;
}

function listOf(context: BuildContext, kustomization: Kustomization, field: string): Record<string, unknown>[] {
  return listField(context, kustomization, field).map((entry) => (isObject(entry) ? entry : {}));
}

/**
 * The string pairs of a labels or annotations map. kustomize reads them into strings and refuses
 * the kustomization over any other value (`v: 1`, `enabled: true`): such a pair is reported and
 * left out. A null value is an empty string, as Go's JSON reading leaves it.
 */
function pairsOf(context: BuildContext, value: unknown, at: (key: string) => SourceRange): [string, string, SourceRange][] {
  if (!isObject(value)) return [];
  const pairs: [string, string, SourceRange][] = [];
  for (const [key, pair] of Object.entries(value)) {
    if (pair === null || typeof pair === 'string') pairs.push([key, pair ?? '', at(key)]);
    else context.invalid(at(key), notAString(key));
  }
  return pairs;
}

// YAML reads `1.10` as a number: kustomize's fields are strings, and it refuses the kustomization
function notAString(field: string): string {
  return `${quoteName(field)} must be a string, as kustomize reads it (quote the value: a number or boolean here makes kustomize refuse the kustomization)`;
}
