import { describe, expect, it } from 'vitest';
import { planRollout } from '../../../src/plan/rollout/index.js';
import { makeResource } from '../../helpers/make-resource.js';
import type { JsonObject } from '../../../src/resources/index.js';

const options = { kubernetesVersion: '1.36' };

function deployment(image: string, extra = ''): string {
  return `
apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop}
spec:
  replicas: 4
${extra}
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: web, image: "${image}"}]}
`;
}

const before = makeResource(deployment('web:1.4')).object as JsonObject;

describe('planRollout', () => {
  it('rolls a changed Deployment template out with the resolved bounds', () => {
    const rollout = planRollout(before, makeResource(deployment('web:1.5')), options);
    expect(rollout).toMatchObject({
      kind: 'Deployment', namespace: 'shop', name: 'web', isCreate: false, strategy: 'RollingUpdate',
      parameters: { replicas: 4, from: 4, maxSurge: 1, maxUnavailable: 1, minReadySeconds: 0, progressDeadlineSeconds: 600 },
      minAvailable: 3, maxTotal: 5,
    });
    expect(rollout?.steps).toHaveLength(8);
    expect(rollout?.findings).toEqual([]);
  });

  it('returns nothing when neither template nor replicas changed', () => {
    expect(planRollout(before, makeResource(deployment('web:1.4')), options)).toBeUndefined();
  });

  it('scales without replacing Pods when only replicas changed', () => {
    const after = makeResource(deployment('web:1.4').replace('replicas: 4', 'replicas: 6'));
    const rollout = planRollout(before, after, options);
    expect(rollout?.strategy).toBe('Scale');
    expect(rollout?.steps.map((s) => s.action)).toEqual(['scale the current ReplicaSet 4 → 6', 'wait for 2 more Pods to be available']);
  });

  it('treats a create as a scale-up from 0 and asks no capacity question for it', () => {
    let asked = false;
    const rollout = planRollout(undefined, makeResource(deployment('web:1.5')), { ...options, surgeFits: () => ((asked = true), { fits: false }) });
    expect(rollout).toMatchObject({ isCreate: true, parameters: { from: 0 } });
    expect(rollout?.steps.map((s) => s.action)).toEqual(['create ReplicaSet web-<hash>, scale 0 → 4', 'wait for 4 new Pods to be available']);
    expect(asked).toBe(false);
    expect(rollout?.stall).toBeUndefined();
  });

  it('stalls at the first step whose surge Pods do not fit, and says why', () => {
    const asked: number[] = [];
    const surgeFits = (extra: number) => {
      asked.push(extra);
      return extra <= 0 ? { fits: true } : { fits: false, reason: '0/3 nodes are available: 3 Insufficient cpu.' };
    };
    const rollout = planRollout(before, makeResource(deployment('web:1.5')), { ...options, surgeFits });
    expect(asked).toEqual([1]);
    expect(rollout?.stall?.step).toBe(1);
    expect(rollout?.stall?.reason).toBe(
      'the 1 extra Pod of step 1 does not fit the cluster: 0/3 nodes are available: 3 Insufficient cpu; '
      + 'the new Pods stay Pending and the Deployment reports ProgressDeadlineExceeded after 600s while the old Pods keep serving',
    );
    expect(rollout?.findings.map((f) => f.code)).toEqual(['surge-does-not-fit']);
  });

  it('reports Recreate downtime for the rollout', () => {
    const after = makeResource(deployment('web:1.5', '  strategy: {type: Recreate}'));
    const rollout = planRollout(before, after, options);
    expect(rollout).toMatchObject({ strategy: 'Recreate', downtime: { fromStep: 1, toStep: 3 } });
    expect(rollout?.findings.map((f) => f.code)).toEqual(['recreate-downtime']);
  });

  it('says a paused Deployment rolls nothing out', () => {
    const rollout = planRollout(before, makeResource(deployment('web:1.5', '  paused: true')), options);
    expect(rollout).toMatchObject({ strategy: 'Paused', steps: [] });
  });

  it('honours a StatefulSet maxUnavailable only from Kubernetes 1.35', () => {
    const sts = (image: string) => `
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db}
spec:
  replicas: 4
  updateStrategy: {type: RollingUpdate, rollingUpdate: {maxUnavailable: 50%, partition: 1}}
  template:
    metadata: {labels: {app: db}}
    spec: {containers: [{name: db, image: "${image}"}]}
`;
    const old = makeResource(sts('db:1')).object as JsonObject;
    const now = planRollout(old, makeResource(sts('db:2')), options);
    expect(now?.steps.filter((s) => s.kind === 'delete').map((s) => s.action)).toEqual(['delete db-3, db-2 (old revision)', 'delete db-1 (old revision)']);
    expect(now?.notes).toContain('partition 1 keeps db-0 on the old revision.');
    const older = planRollout(old, makeResource(sts('db:2')), { kubernetesVersion: '1.34' });
    expect(older?.steps.filter((s) => s.kind === 'delete')).toHaveLength(3);
    expect(older?.notes[0]).toContain('ignored before Kubernetes 1.35');
  });

  it('rolls a DaemonSet over the modelled nodes', () => {
    const ds = (image: string) => `
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent}
spec:
  template:
    metadata: {labels: {app: agent}}
    spec: {containers: [{name: a, image: "${image}"}]}
`;
    const rollout = planRollout(makeResource(ds('a:1')).object as JsonObject, makeResource(ds('a:2')), { ...options, nodeCount: 3 });
    expect(rollout).toMatchObject({ strategy: 'RollingUpdate', parameters: { nodeCount: 3, maxUnavailable: 1, maxSurge: 0 } });
    expect(rollout?.steps).toHaveLength(6);
  });

  it('replaces a Job whose template changed and defers a CronJob change to the next run', () => {
    const job = (image: string) => `
apiVersion: batch/v1
kind: Job
metadata: {name: migrate}
spec:
  template:
    spec: {restartPolicy: Never, containers: [{name: m, image: "${image}"}]}
`;
    const replaced = planRollout(makeResource(job('m:1')).object as JsonObject, makeResource(job('m:2')), options);
    expect(replaced?.strategy).toBe('Replace');
    expect(replaced?.steps.map((s) => s.kind)).toEqual(['delete', 'create']);
    const cron = (image: string) => `
apiVersion: batch/v1
kind: CronJob
metadata: {name: nightly}
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec: {restartPolicy: Never, containers: [{name: n, image: "${image}"}]}
`;
    const next = planRollout(makeResource(cron('n:1')).object as JsonObject, makeResource(cron('n:2')), options);
    expect(next).toMatchObject({ strategy: 'NextSchedule', steps: [] });
    expect(next?.notes[0]).toContain('The next Job (schedule "0 3 * * *") uses the new template');
  });

  it('has no rollout for kinds that run no Pods', () => {
    expect(planRollout(undefined, makeResource('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n'), options)).toBeUndefined();
  });
});
