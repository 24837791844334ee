import { describe, expect, it } from 'vitest';
import { planRollout } from '../../../src/plan/rollout/index.js';
import type { JsonObject } from '../../../src/resources/index.js';
import { paletteFor } from '../../../src/report/colors.js';
import { rolloutJsonValue, rolloutMarkdownLines, rolloutTextLines } from '../../../src/report/plan/plan-rollouts.js';
import { makeResource } from '../../helpers/make-resource.js';

const web = (image: string) => makeResource(`
apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop}
spec:
  replicas: 4
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: web, image: "${image}"}]}
`);
const rollout = planRollout(web('web:1.4').object as JsonObject, web('web:1.5'), { kubernetesVersion: '1.36' });
if (!rollout) throw new Error('expected a rollout');

describe('rollout formatters', () => {
  it('prints a numbered step table with Pod counts', () => {
    expect(rolloutTextLines(rollout, paletteFor(false))).toEqual([
      'rollout Deployment/web (shop): RollingUpdate (replicas 4, maxSurge 1, maxUnavailable 1, minReadySeconds 0, deadline 600s)',
      '    1. create ReplicaSet web-<hash>, scale 0 → 1   pods: old 4, new 1, available 4 (max 5)',
      '    2. scale old 4 → 3                             pods: old 3, new 1, available 3',
      '    3. scale new 1 → 2                             pods: old 3, new 2, available 3 (max 5)',
      '    4. wait for 2 new Pods to be available         pods: old 3, new 2, available 5 (max 5)',
      '    5. scale old 3 → 1                             pods: old 1, new 2, available 3',
      '    6. scale new 2 → 4                             pods: old 1, new 4, available 3 (max 5)',
      '    7. wait for 2 new Pods to be available         pods: old 1, new 4, available 5 (max 5)',
      '    8. scale old 1 → 0                             pods: old 0, new 4, available 4',
      '    note: Each wait fails the rollout (Progressing=False, ProgressDeadlineExceeded) after 600s without progress; nothing is rolled back.',
    ]);
  });

  it('marks the stalling step', () => {
    const stalled = planRollout(web('web:1.4').object as JsonObject, web('web:1.5'), {
      kubernetesVersion: '1.36',
      surgeFits: () => ({ fits: false, reason: 'no node has 2 CPUs free' }),
    });
    const lines = stalled ? rolloutTextLines(stalled, paletteFor(false)) : [];
    expect(lines[2]).toBe('      stalls here: the 1 extra Pod of step 1 does not fit the cluster: no node has 2 CPUs free; the new Pods stay Pending and the Deployment reports ProgressDeadlineExceeded after 600s while the old Pods keep serving');
    expect(stalled ? rolloutMarkdownLines(stalled)[4] : '').toBe('| 1 | create ReplicaSet web-&lt;hash&gt;, scale 0 → 1 ⛔ stalls here | 4 (4) | 1 (0) | 5 |');
  });

  it('prints Markdown with a step table', () => {
    const lines = rolloutMarkdownLines(rollout);
    expect(lines.slice(0, 5)).toEqual([
      '**rollout Deployment/web (shop): RollingUpdate (replicas 4, maxSurge 1, maxUnavailable 1, minReadySeconds 0, deadline 600s)**',
      '',
      '| # | Step | Old (available) | New (available) | Pods |',
      '|---|---|---|---|---|',
      '| 1 | create ReplicaSet web-&lt;hash&gt;, scale 0 → 1 | 4 (4) | 1 (0) | 5 |',
    ]);
  });
});

describe('rollout JSON value', () => {
  it('keeps the step table and bounds as plain data', () => {
    const json = JSON.parse(JSON.stringify(rolloutJsonValue(rollout))) as Record<string, unknown>;
    expect(json).toMatchObject({ kind: 'Deployment', namespace: 'shop', name: 'web', create: false, strategy: 'RollingUpdate', minAvailable: 3, maxTotal: 5, stall: null, downtime: null });
    expect((json.steps as unknown[])[0]).toEqual({ kind: 'create', action: 'create ReplicaSet web-<hash>, scale 0 → 1', old: 4, oldAvailable: 4, new: 1, newAvailable: 0, total: 5 });
  });
});
