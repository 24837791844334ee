import { ResourceSet } from '../../../src/resources/index.js';
import { createCrdRegistry, type CrdRegistry } from '../../../src/schema/crd/index.js';
import { makeResources } from '../../helpers/make-resource.js';

/** A one-version CRD for `example.io/v1 Widget`, with `schema` as its openAPIV3Schema (JSON). */
export function widgetCrd(schema: object, extra: { scope?: string; versions?: object[]; subresources?: object } = {}): string {
  const versions = extra.versions ?? [{ name: 'v1', served: true, storage: true, subresources: extra.subresources, schema: { openAPIV3Schema: schema } }];
  return JSON.stringify({
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: { name: 'widgets.example.io' },
    spec: { group: 'example.io', names: { kind: 'Widget', plural: 'widgets' }, scope: extra.scope ?? 'Namespaced', versions },
  });
}

/** The registry built from `crds` plus the issues of each Widget in `widgets` (YAML documents). */
export function check(crds: string[], widgets: string): { registry: CrdRegistry; issues: (string[] | undefined)[] } {
  const crdResources = crds.flatMap((text, i) => makeResources(text, `crds/crd-${i}.yaml`));
  const resources = makeResources(widgets, 'widgets.yaml');
  const registry = createCrdRegistry(new ResourceSet([...crdResources, ...resources]));
  return { registry, issues: resources.map((r) => registry.validate(r)?.map((i) => `${i.messageId} ${i.message}`)) };
}

/** The issue lines of a single Widget with `spec` (YAML flow) under a CRD with `specSchema`. */
export function specIssues(specSchema: object, spec: string, rootExtra: object = {}): string[] {
  const schema = { type: 'object', properties: { spec: specSchema }, ...rootExtra };
  const { issues } = check([widgetCrd(schema)], `apiVersion: example.io/v1\nkind: Widget\nmetadata: {name: w}\nspec: ${spec}\n`);
  return issues[0] ?? ['(not a custom resource)'];
}
