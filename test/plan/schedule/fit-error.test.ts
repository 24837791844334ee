import { describe, expect, it } from 'vitest';
import { fitErrorMessage, preFilterMessage, schedulerWording, type FilterStatus } from '../../../src/plan/schedule/index.js';

const taint = { key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' as const };

function statuses(version: Parameters<typeof schedulerWording>[0]): FilterStatus[] {
  const wording = schedulerWording(version);
  const cpu: FilterStatus = { plugin: 'NodeResourcesFit', reasons: [wording.insufficient('cpu')], unresolvable: false };
  return [{ plugin: 'TaintToleration', reasons: [wording.taint(taint)], unresolvable: true }, cpu, cpu];
}

// planner-simulation.md §1.3, worked example
describe('the FailedScheduling message', () => {
  it('matches the 1.28–1.34 worked example', () => {
    expect(fitErrorMessage(statuses('1.34'), schedulerWording('1.34'), { preemptionNever: false })).toBe(
      '0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient cpu. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.',
    );
  });

  it('matches the 1.35 worked example, with the DynamicResources note', () => {
    expect(fitErrorMessage(statuses('1.35'), schedulerWording('1.35'), { preemptionNever: false })).toBe(
      '0/3 nodes are available: 1 node(s) had untolerated taint(s), 2 Insufficient cpu. no new claims to deallocate, preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.',
    );
  });

  it('ends the preemption part with a doubled period up to 1.30', () => {
    expect(fitErrorMessage(statuses('1.30'), schedulerWording('1.30'), { preemptionNever: false })).toMatch(/incoming pod\.\.$/);
    expect(fitErrorMessage(statuses('1.31'), schedulerWording('1.31'), { preemptionNever: false })).toMatch(/incoming pod\.$/);
  });

  it('sorts entries as strings, so "10 ..." comes before "2 ..."', () => {
    const wording = schedulerWording('1.36');
    const many: FilterStatus[] = [
      ...Array.from({ length: 2 }, (): FilterStatus => ({ plugin: 'NodeAffinity', reasons: [wording.nodeAffinity], unresolvable: true })),
      ...Array.from({ length: 10 }, (): FilterStatus => ({ plugin: 'NodeResourcesFit', reasons: ['Insufficient memory'], unresolvable: false })),
    ];
    expect(fitErrorMessage(many, wording, { preemptionNever: false })).toBe(
      "0/12 nodes are available: 10 Insufficient memory, 2 node(s) didn't match Pod's node affinity/selector. no new claims to deallocate, preemption: 0/12 nodes are available: 10 No preemption victims found for incoming pod, 2 Preemption is not helpful for scheduling.",
    );
  });

  it('counts every short resource of a node separately', () => {
    const wording = schedulerWording('1.36');
    const both: FilterStatus = { plugin: 'NodeResourcesFit', reasons: ['Insufficient cpu', 'Insufficient memory'], unresolvable: false };
    expect(fitErrorMessage([both, both], wording, { preemptionNever: false })).toMatch(/^0\/2 nodes are available: 2 Insufficient cpu, 2 Insufficient memory\. /);
  });

  it('says preemption is not eligible for preemptionPolicy: Never', () => {
    expect(fitErrorMessage(statuses('1.33'), schedulerWording('1.33'), { preemptionNever: true })).toMatch(/ preemption: not eligible due to preemptionPolicy=Never\.$/);
  });

  it('replaces the histogram with a PreFilter message', () => {
    expect(preFilterMessage(3, 'persistentvolumeclaim "data" not found', schedulerWording('1.33'), { preemptionNever: false })).toBe(
      '0/3 nodes are available: persistentvolumeclaim "data" not found. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.',
    );
  });

  it('names the prefilter narrowing the 1.28 way and the later way', () => {
    expect(schedulerWording('1.28').narrowedByNodeAffinity).toBe('node is filtered out by the prefilter result');
    expect(schedulerWording('1.29').narrowedByNodeAffinity).toBe("node(s) didn't satisfy plugin(s) [NodeAffinity]");
  });

  it('words PersistentVolume node affinity conflicts per version', () => {
    expect(schedulerWording('1.32').persistentVolumeNodeAffinity).toBe('node(s) had volume node affinity conflict');
    expect(schedulerWording('1.33').persistentVolumeNodeAffinity).toBe("node(s) didn't match PersistentVolume's node affinity");
  });
});
