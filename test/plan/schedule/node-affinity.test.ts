import { describe, expect, it } from 'vitest';
import { nodeAffinityRulesOf, nodeMatchesAffinity, schedulePods } from '../../../src/plan/schedule/index.js';
import { cluster, node, pod } from './helpers.js';
import { itemAt } from '../../helpers/item-at.js';

const labelled = node('n1', { labels: { zone: 'a', size: '8', gpu: '' } });

function matches(required: unknown[], nodeSelector?: Record<string, string>): boolean {
  const spec = { nodeSelector, affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: required } } } };
  return nodeMatchesAffinity(nodeAffinityRulesOf(spec), labelled);
}

// planner-simulation.md §1.4 NodeAffinity: operators, ORed terms, ANDed requirements
describe('node affinity', () => {
  it('applies each operator as upstream does', () => {
    const term = (key: string, operator: string, values?: string[]) => [{ matchExpressions: [{ key, operator, values }] }];
    expect(matches(term('zone', 'In', ['a', 'b']))).toBe(true);
    expect(matches(term('zone', 'NotIn', ['a']))).toBe(false);
    expect(matches(term('missing', 'NotIn', ['a']))).toBe(true);
    expect(matches(term('gpu', 'Exists'))).toBe(true);
    expect(matches(term('gpu', 'DoesNotExist'))).toBe(false);
    expect(matches(term('size', 'Gt', ['4']))).toBe(true);
    expect(matches(term('size', 'Lt', ['4']))).toBe(false);
    // Gt on a label that is not an integer is false, not an error
    expect(matches(term('zone', 'Gt', ['1']))).toBe(false);
  });

  it('ORs terms and ANDs requirements inside a term', () => {
    const zoneB = { matchExpressions: [{ key: 'zone', operator: 'In', values: ['b'] }] };
    const zoneAndGpu = { matchExpressions: [{ key: 'zone', operator: 'In', values: ['a'] }, { key: 'gpu', operator: 'Exists' }] };
    expect(matches([zoneB, zoneAndGpu])).toBe(true);
    expect(matches([zoneB])).toBe(false);
  });

  it('matches nothing with an empty term', () => {
    expect(matches([{}])).toBe(false);
  });

  it('compares matchFields metadata.name with the node name', () => {
    expect(matches([{ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['n1'] }] }])).toBe(true);
    expect(matches([{ matchFields: [{ key: 'metadata.name', operator: 'NotIn', values: ['n1'] }] }])).toBe(false);
  });

  it('requires nodeSelector and required affinity both', () => {
    expect(matches([{ matchExpressions: [{ key: 'zone', operator: 'Exists' }] }], { zone: 'b' })).toBe(false);
  });

  it('reports the selector as the field to change', () => {
    const result = schedulePods([pod('p', { nodeSelector: { disk: 'ssd' }, containers: [{ name: 'c' }] })], cluster([node('a'), node('b')]), { kubernetesVersion: '1.36' });
    expect(itemAt(result.pending, 0).message).toMatch(/^0\/2 nodes are available: 2 node\(s\) didn't match Pod's node affinity\/selector\. /);
    expect(itemAt(result.pending, 0).path).toEqual(['spec', 'nodeSelector']);
  });

  it('prefers nodes matching preferred terms', () => {
    const spec = { containers: [{ name: 'c' }], affinity: { nodeAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 10, preference: { matchExpressions: [{ key: 'disk', operator: 'In', values: ['ssd'] }] } }] } } };
    const result = schedulePods([pod('p', spec)], cluster([node('a'), node('b', { labels: { disk: 'ssd' } })]), { kubernetesVersion: '1.36' });
    expect(itemAt(result.placements, 0).node).toBe('b');
  });
});

describe('cordoned nodes (NodeUnschedulable)', () => {
  it('rejects ordinary Pods and admits those tolerating node.kubernetes.io/unschedulable', () => {
    const nodes = [node('a', { unschedulable: true })];
    const plain = schedulePods([pod('p', { containers: [{ name: 'c' }] })], cluster(nodes), { kubernetesVersion: '1.36' });
    expect(itemAt(plain.pending, 0).message).toMatch(/^0\/1 nodes are available: 1 node\(s\) were unschedulable\. /);
    const tolerant = pod('q', { containers: [{ name: 'c' }], tolerations: [{ key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' }] });
    expect(itemAt(schedulePods([tolerant], cluster(nodes), { kubernetesVersion: '1.36' }).placements, 0).node).toBe('a');
  });
});
