import { describe, expect, it } from 'vitest';
import { ResourceSet } from '../../src/resources/index.js';
import { createSchemaValidator } from '../helpers/create-schema-validator.js';
import { makeResource } from '../helpers/make-resource.js';

const formatWrong = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";

/** [message, line, column] of each schema issue, positions as an editor shows them. */
function issues(yaml: string): [string, number, number][] {
  const resource = makeResource(yaml);
  return createSchemaValidator({ kubernetesVersion: '1.36' }, new ResourceSet([resource])).validate(resource).map((issue) => {
    const range = resource.rangeOf(issue.path, issue.target);
    return [issue.message, range.start.line, range.start.column];
  });
}

describe('quantities in built-in schemas', () => {
  it('refuses storage: 10GB in a PersistentVolumeClaim with the server\'s message, at the value', () => {
    const pvc = 'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: {name: data}\nspec:\n  accessModes: [ReadWriteOnce]\n  resources:\n    requests:\n      storage: 10GB\n';
    expect(issues(pvc)).toEqual([[`spec.resources.requests.storage: string "10GB" is not a quantity: ${formatWrong}`, 8, 16]]);
  });

  it('checks every field the OpenAPI spec types as a quantity', () => {
    const cases: [string, string][] = [
      ['apiVersion: v1\nkind: PersistentVolume\nmetadata: {name: pv}\nspec:\n  capacity: {storage: 5 Gi}\n  hostPath: {path: /d}\n', 'spec.capacity.storage'],
      ['apiVersion: v1\nkind: ResourceQuota\nmetadata: {name: q}\nspec:\n  hard: {requests.cpu: two}\n', 'spec.hard["requests.cpu"]'],
      ['apiVersion: v1\nkind: LimitRange\nmetadata: {name: l}\nspec:\n  limits: [{type: Container, max: {memory: 1GB}}]\n', 'spec.limits[0].max.memory'],
      ['apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: a, image: x}]\n  volumes: [{name: v, emptyDir: {sizeLimit: 1GB}}]\n', 'spec.volumes[0].emptyDir.sizeLimit'],
      ['apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: s}\nspec:\n  selector: {matchLabels: {a: b}}\n  serviceName: s\n  template:\n    metadata: {labels: {a: b}}\n    spec: {containers: [{name: a, image: x}]}\n  volumeClaimTemplates:\n  - metadata: {name: d}\n    spec: {resources: {requests: {storage: 10GB}}}\n', 'spec.volumeClaimTemplates[0].spec.resources.requests.storage'],
      ['apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: h}\nspec:\n  scaleTargetRef: {kind: Deployment, name: d}\n  maxReplicas: 3\n  metrics:\n  - type: Pods\n    pods:\n      metric: {name: rps}\n      target: {type: AverageValue, averageValue: 1k/s}\n', 'spec.metrics[0].pods.target.averageValue'],
      ['apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: a, image: x, resources: {limits: {memory: 512MB}}}]\n', 'spec.containers[0].resources.limits.memory'],
    ];
    for (const [yaml, field] of cases) {
      expect(issues(yaml).map(([message]) => message)).toEqual([expect.stringMatching(new RegExp(`^${field.replace(/[.[\]]/g, '\\$&')}: string ".*" is not a quantity: quantities must match`))]);
    }
  });

  it('tells a known shape with an unknown suffix apart, and accepts what the server decodes', () => {
    const claim = (storage: string) => `apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: {name: data}\nspec:\n  resources:\n    requests:\n      storage: ${storage}\n`;
    expect(issues(claim('1K'))).toEqual([['spec.resources.requests.storage: string "1K" is not a quantity: unable to parse quantity\'s suffix', 7, 16]]);
    // surrounding spaces are trimmed by Quantity.UnmarshalJSON; a number is a quantity
    for (const ok of ['10Gi', '500m', '1e3', '" 1Gi "', '10', '0.5', '1.5E2']) expect(issues(claim(ok))).toEqual([]);
  });
});
