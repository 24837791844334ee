import { describe, expect, it } from 'vitest';
import { makePlan, type PlanBase } from '../../../src/plan/index.js';
import { ResourceSet } from '../../../src/resources/index.js';
import { makeResources } from '../../helpers/make-resource.js';
import { itemAt } from '../../helpers/item-at.js';

const deployment = (extra = '', image = 'web:1.0', selector = 'web') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  selector:
    matchLabels:
      app: ${selector}
  template:
    metadata:
      labels:
        app: ${selector}
    spec:
      containers:
        - name: web
          image: ${image}
${extra}`;

function plan(desired: string, base?: string, options: { prune?: boolean; kind?: PlanBase['kind'] } = {}) {
  const baseResources = base === undefined ? undefined : { kind: options.kind ?? 'folder', name: 'base', resources: makeResources(base, 'base.yaml') } as PlanBase;
  return makePlan(new ResourceSet(makeResources(desired, 'desired.yaml')), baseResources, { defaultNamespace: 'default', prune: options.prune });
}

describe('makePlan', () => {
  it('creates everything when there is no base', () => {
    const result = plan(deployment());
    expect(result.changes).toMatchObject([{ action: 'create', kind: 'Deployment', namespace: 'shop', name: 'web', step: 1 }]);
    expect(result.summary).toEqual({ create: 1, update: 0, replace: 0, delete: 0, unchanged: 0 });
  });

  it('treats an explicit default as no change (replicas: 1, strategy RollingUpdate 25%)', () => {
    const explicit = deployment().replace('spec:\n  selector', 'spec:\n  replicas: 1\n  strategy:\n    type: RollingUpdate\n    rollingUpdate:\n      maxSurge: 25%\n  selector');
    expect(itemAt(plan(explicit, deployment()).changes, 0).action).toBe('unchanged');
  });

  it('treats "" on a field the server defaults as that default (imagePullPolicy, dnsPolicy, strategy type)', () => {
    const empty = deployment('          imagePullPolicy: ""\n').replace('spec:\n  selector', 'spec:\n  strategy:\n    type: ""\n  selector').replace('    spec:\n      containers', '    spec:\n      dnsPolicy: ""\n      containers');
    expect(itemAt(plan(empty, deployment()).changes, 0).action).toBe('unchanged');
  });

  it('marks a pod template change as a rollout', () => {
    const change = plan(deployment('', 'web:1.1'), deployment()).changes[0];
    expect(change).toMatchObject({ action: 'update', rollout: true, fields: [{ path: 'spec.template.spec.containers[name=web].image', before: 'web:1.0', after: 'web:1.1' }] });
  });

  it('plans a replace when an immutable field changes, naming the field', () => {
    const change = itemAt(plan(deployment('', 'web:1.0', 'web2'), deployment()).changes, 0);
    expect(change.action).toBe('replace');
    expect(change.reason).toBe('spec.selector is immutable');
    expect(change.fields.find((f) => f.path === 'spec.selector.matchLabels.app')).toMatchObject({ forcesReplace: true });
    expect(change.notes[0]).toMatch(/outage/);
  });

  it.each([
    ['StatefulSet volumeClaimTemplates', 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: db}\nspec:\n  serviceName: db\n  selector: {matchLabels: {app: db}}\n  template: {metadata: {labels: {app: db}}, spec: {containers: [{name: db, image: pg}]}}\n  volumeClaimTemplates: [{metadata: {name: data}, spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: SIZE}}}}]\n', '10Gi', '20Gi', 'replace'],
    ['StatefulSet replicas', 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: db}\nspec:\n  replicas: SIZE\n  serviceName: db\n  selector: {matchLabels: {app: db}}\n  template: {metadata: {labels: {app: db}}, spec: {containers: [{name: db, image: pg}]}}\n', '1', '3', 'update'],
    ['Service clusterIP', 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  clusterIP: SIZE\n  ports: [{port: 80}]\n', '10.0.0.12', 'None', 'replace'],
    ['Service type', 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  type: SIZE\n  ports: [{port: 80}]\n', 'ClusterIP', 'NodePort', 'update'],
    ['Job template', 'apiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  template: {spec: {restartPolicy: Never, containers: [{name: j, image: SIZE}]}}\n', 'a:1', 'a:2', 'replace'],
    ['Job parallelism', 'apiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  parallelism: SIZE\n  completions: 4\n  template: {spec: {restartPolicy: Never, containers: [{name: j, image: a}]}}\n', '1', '2', 'update'],
    ['PVC growth', 'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: {name: c}\nspec:\n  accessModes: [ReadWriteOnce]\n  resources: {requests: {storage: SIZE}}\n', '10Gi', '20Gi', 'update'],
    ['PVC shrink', 'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: {name: c}\nspec:\n  accessModes: [ReadWriteOnce]\n  resources: {requests: {storage: SIZE}}\n', '20Gi', '10Gi', 'replace'],
    ['immutable ConfigMap data', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\nimmutable: true\ndata: {a: SIZE}\n', 'x', 'y', 'replace'],
    ['mutable ConfigMap data', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {a: SIZE}\n', 'x', 'y', 'update'],
    ['RoleBinding roleRef', 'apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: {name: b}\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: SIZE}\nsubjects: [{kind: ServiceAccount, name: a}]\n', 'reader', 'writer', 'replace'],
    ['Secret type', 'apiVersion: v1\nkind: Secret\nmetadata: {name: s}\ntype: SIZE\n', 'Opaque', 'kubernetes.io/tls', 'replace'],
    ['Pod image', 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: p, image: SIZE}]}\n', 'a:1', 'a:2', 'update'],
    ['Pod env', 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: p, image: a, env: [{name: X, value: SIZE}]}]}\n', 'a', 'b', 'replace'],
  ])('%s → %s', (_name, template, before, after, action) => {
    const change = itemAt(plan(template.replace('SIZE', after), template.replace('SIZE', before)).changes, 0);
    expect(change.action).toBe(action);
  });

  it('orders Namespaces and CRDs first, custom resources after their CRD, webhooks last, deletes at the end', () => {
    const desired = `apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingWebhookConfiguration
metadata: {name: hook}
---
apiVersion: example.com/v1
kind: Widget
metadata: {name: w, namespace: shop}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: d, namespace: shop}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: c, namespace: shop}
---
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: widgets.example.com}
spec: {group: example.com, scope: Namespaced, names: {kind: Widget, plural: widgets}}
---
apiVersion: v1
kind: Namespace
metadata: {name: shop}
`;
    const base = 'apiVersion: v1\nkind: Service\nmetadata: {name: old, namespace: shop}\n---\napiVersion: v1\nkind: Namespace\nmetadata: {name: shop}\n---\napiVersion: example.com/v1\nkind: Widget\nmetadata: {name: gone, namespace: shop}\n';
    const result = plan(desired, base, { prune: true });
    expect(result.changes.map((c) => `${c.action} ${c.kind}/${c.name}`)).toEqual([
      'unchanged Namespace/shop',
      'create CustomResourceDefinition/widgets.example.com',
      'create ConfigMap/c',
      'create Deployment/d',
      'create Widget/w',
      'create ValidatingWebhookConfiguration/hook',
      'delete Widget/gone',
      'delete Service/old',
    ]);
    expect(result.changes.map((c) => c.step)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('leaves objects missing from the input alone unless prune is on', () => {
    const base = `${deployment()}---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: old, namespace: shop}\n`;
    const result = plan(deployment(), base);
    expect(result.summary.delete).toBe(0);
    expect(result.notPruned).toBe(1);
    expect(plan(deployment(), base, { prune: true }).changes.map((c) => c.action)).toEqual(['unchanged', 'delete']);
  });

  it('drops the namespace of a cluster-scoped kind and fills in the default one for namespaced kinds', () => {
    const result = plan('apiVersion: v1\nkind: Namespace\nmetadata: {name: a, namespace: oops}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n', 'apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n');
    expect(result.changes).toMatchObject([{ kind: 'Namespace', action: 'unchanged' }, { kind: 'ConfigMap', namespace: 'default' }]);
    expect(itemAt(result.changes, 0).namespace).toBeUndefined();
  });

  it('matches across API versions: a version bump is an update of the same object', () => {
    const pdb = (apiVersion: string) => `apiVersion: ${apiVersion}\nkind: HorizontalPodAutoscaler\nmetadata: {name: h}\nspec: {maxReplicas: 3, scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: d}}\n`;
    const change = plan(pdb('autoscaling/v2'), pdb('autoscaling/v1')).changes[0];
    expect(change).toMatchObject({ action: 'update', previousApiVersion: 'autoscaling/v1', fields: [{ path: 'apiVersion' }] });
  });

  it('reports two definitions of one object at the second one', () => {
    const result = plan(`${deployment()}---\n${deployment()}`);
    expect(result.diagnostics).toMatchObject([{ ruleId: 'plan/duplicate-object', severity: 'error', range: { file: 'desired.yaml', start: { line: 22 } } }]);
    expect(result.changes).toHaveLength(1);
  });

  it('lets the later of two documents win, as kubectl apply does', () => {
    const result = plan(`${deployment('', 'web:1.0')}---\n${deployment('', 'web:2.0')}`, deployment('', 'web:2.0'));
    expect(result.changes.map((c) => c.action)).toEqual(['unchanged']);
  });

  it('ignores what only the server writes when a manifest was copied from a dump', () => {
    const dumped = `apiVersion: v1
kind: Namespace
metadata:
  name: team
  uid: 5c2e9f7a-0000-4000-8000-000000000001
  resourceVersion: "812"
  creationTimestamp: "2026-10-01T09:12:44Z"
  labels: {kubernetes.io/metadata.name: team}
spec: {finalizers: [kubernetes]}
status: {phase: Active}
`;
    expect(plan(dumped, dumped).changes.map((c) => c.action)).toEqual(['unchanged']);
    expect(plan(dumped, 'apiVersion: v1\nkind: Namespace\nmetadata: {name: team}\nspec: {finalizers: [kubernetes]}\n').changes.map((c) => c.action)).toEqual(['unchanged']);
  });

  it('plans generateName objects as a create every time', () => {
    const result = plan('apiVersion: batch/v1\nkind: Job\nmetadata: {generateName: migrate-}\nspec: {template: {spec: {restartPolicy: Never, containers: [{name: m, image: m}]}}}\n');
    expect(result.changes[0]).toMatchObject({ action: 'create', name: 'migrate-*****' });
  });

  it('warns that an apply resets replicas an HPA manages', () => {
    const hpa = '---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: web, namespace: shop}\nspec: {minReplicas: 2, maxReplicas: 9, scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}}\n';
    const desired = deployment().replace('spec:\n  selector', 'spec:\n  replicas: 5\n  selector') + hpa;
    const base = deployment().replace('spec:\n  selector', 'spec:\n  replicas: 3\n  selector') + hpa;
    const result = plan(desired, base);
    expect(result.changes.find((c) => c.kind === 'Deployment')?.notes).toEqual([expect.stringMatching(/managed by HorizontalPodAutoscaler "web": applying resets it from 3 to 5/)]);
    expect(result.diagnostics).toMatchObject([{ ruleId: 'plan/replicas-owned-by-hpa', severity: 'warning', range: { start: { line: 7 } } }]);
  });

  it('notes that Pods reading a changed ConfigMap do not restart', () => {
    const cm = (value: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: web-config, namespace: shop}\ndata: {LEVEL: ${value}}\n---\n`;
    const withEnvFrom = deployment('          envFrom: [{configMapRef: {name: web-config}}]\n');
    const change = plan(cm('debug') + withEnvFrom, cm('info') + withEnvFrom).changes.find((c) => c.kind === 'ConfigMap');
    expect(change?.notes).toEqual([expect.stringMatching(/^Pods of Deployment\/web will not restart/)]);
  });

  it('hides every value of a Secret outside its metadata, a misspelt stringData too', () => {
    const secret = (value: string) => `apiVersion: v1\nkind: Secret\nmetadata: {name: s}\nstrinData: {password: ${value}}\n`;
    const change = itemAt(plan(secret('typo-marker-new'), secret('typo-marker-old')).changes, 0);
    expect(change.fields).toEqual([{ path: 'strinData.password', sensitive: true, before: '(sensitive value)', after: '(sensitive value)' }]);
    expect(JSON.stringify([change.fields, change.before, change.after])).not.toMatch(/typo-marker/);
  });

  it('treats stringData and data as one: moving a value between them is no change, and values stay hidden', () => {
    const desired = 'apiVersion: v1\nkind: Secret\nmetadata: {name: s}\nstringData: {password: marker-one}\n';
    const same = 'apiVersion: v1\nkind: Secret\nmetadata: {name: s}\ndata: {password: bWFya2VyLW9uZQ==}\n';
    expect(itemAt(plan(desired, same).changes, 0).action).toBe('unchanged');
    const changed = itemAt(plan(desired.replace('marker-one', 'marker-two'), same).changes, 0);
    expect(changed.fields).toEqual([{ path: 'data.password', sensitive: true, before: '(sensitive value)', after: '(sensitive value)' }]);
    expect(JSON.stringify(changed.fields)).not.toMatch(/marker|bWFya2Vy/);
  });
});
