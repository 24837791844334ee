import { describe, expect, it } from 'vitest';
import { ResourceSet } from '../../src/resources/index.js';
import { createSchemaValidator } from '../helpers/create-schema-validator.js';
import { makeResources } from '../helpers/make-resource.js';
import { firstItems } from '../helpers/item-at.js';

const input = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: widgets.example.com}
spec:
  group: example.com
  scope: Cluster
  names: {kind: Widget, plural: widgets, singular: widget, listKind: WidgetList}
  versions:
  - name: v1
    served: true
    storage: true
    schema:
      openAPIV3Schema:
        type: object
        properties:
          spec:
            type: object
            properties:
              size: {type: integer}
---
apiVersion: example.com/v1
kind: Widget
metadata: {name: ok}
spec: {size: 3}
---
apiVersion: example.com/v1
kind: Widget
metadata: {name: bad}
spec: {size: big}
`;

describe('custom resources', () => {
  const [crd, ok, bad] = firstItems(makeResources(input), 3);
  const validator = createSchemaValidator({ kubernetesVersion: '1.36' }, new ResourceSet([crd, ok, bad]));

  it('validates the CRD itself against the built-in schema', () => {
    expect(validator.validate(crd)).toEqual([]);
  });

  it('validates a custom resource against its CRD from the same input', () => {
    expect(validator.validate(ok)).toEqual([]);
    expect(validator.validate(bad)).toEqual([expect.objectContaining({ severity: 'error', path: ['spec', 'size'] })]);
  });

  it('takes the scope of a custom kind from its CRD', () => {
    expect(validator.scopeOf('example.com/v1', 'Widget')).toBe('Cluster');
  });
});
