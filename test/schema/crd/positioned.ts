import { ResourceSet } from '../../../src/resources/index.js';
import { createSchemaValidator } from '../../helpers/create-schema-validator.js';
import { makeResources } from '../../helpers/make-resource.js';

/** Schema issues of every document of `yaml` (a CRD and its custom resources), as `messageId line:column message`. */
export function positionedIssues(yaml: string): string[][] {
  const resources = makeResources(yaml, 'input.yaml');
  const validator = createSchemaValidator({ kubernetesVersion: '1.36' }, new ResourceSet(resources));
  return resources.map((resource) => validator.validate(resource).map((issue) => {
    const { start } = resource.rangeOf(issue.path, issue.target);
    return `${issue.messageId} ${start.line}:${start.column} ${issue.message}`;
  }));
}

/** A CRD for `example.io/v1 Widget` whose `spec` has the YAML `specSchema` (indented 14 spaces), and widgets after it. */
export function crdWithSpec(specSchema: string, ...widgets: string[]): string {
  const crd = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: widgets.example.io}
spec:
  group: example.io
  scope: Namespaced
  names: {kind: Widget, plural: widgets}
  versions:
  - name: v1
    served: true
    storage: true
    schema:
      openAPIV3Schema:
        type: object
        properties:
          spec:
${specSchema}`;
  return [crd, ...widgets.map((spec) => `apiVersion: example.io/v1\nkind: Widget\nmetadata: {name: w}\nspec: ${spec}\n`)].join('---\n');
}
