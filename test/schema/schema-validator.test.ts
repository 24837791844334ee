import { describe, expect, it } from 'vitest';
import { ResourceSet, type KubernetesVersion } from '../../src/resources/index.js';
import { createSchemaValidator } from '../helpers/create-schema-validator.js';
import { makeResource } from '../helpers/make-resource.js';

function validate(yaml: string, kubernetesVersion: KubernetesVersion = '1.36') {
  const resource = makeResource(yaml);
  return createSchemaValidator({ kubernetesVersion }, new ResourceSet([resource])).validate(resource);
}

const deployment = (spec: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
${spec}`;

describe('built-in schemas', () => {
  it('accepts a valid Deployment', () => {
    expect(validate(deployment('      containers:\n      - name: web\n        image: nginx\n'))).toEqual([]);
  });

  it('points at the value when replicas is a string', () => {
    const issues = validate(deployment('      containers: [{name: web, image: nginx}]\n').replace('spec:\n  selector', 'spec:\n  replicas: "3"\n  selector'));
    expect(issues).toEqual([expect.objectContaining({
      ruleId: 'schema', messageId: 'wrongType', severity: 'error', path: ['spec', 'replicas'],
      message: 'spec.replicas: expected integer, got string "3"',
    })]);
  });

  it('names an unknown field and suggests the known one', () => {
    const issues = validate('apiVersion: v1\nkind: Service\nmetadata: {name: web}\nSpec: {}\n');
    expect(issues.map((i) => i.message)).toEqual(['Spec: unknown field "Spec" (did you mean "spec"?)']);
    expect(issues[0]).toMatchObject({ messageId: 'unknownField', path: ['Spec'], target: 'key' });
  });

  it('reports a missing required field at its would-be path', () => {
    const issues = validate(deployment('      initContainers: []\n'));
    expect(issues).toEqual([expect.objectContaining({
      messageId: 'missingField', path: ['spec', 'template', 'spec', 'containers'],
      message: 'spec.template.spec.containers: missing required field "containers"',
    })]);
  });

  it('accepts int-or-string ports as a number or a name, and rejects other types', () => {
    const probe = (port: string) => deployment(`      containers:
      - name: web
        image: nginx
        readinessProbe: {httpGet: {port: ${port}}}
`);
    expect(validate(probe('8080'))).toEqual([]);
    expect(validate(probe('http'))).toEqual([]);
    expect(validate(probe('[1]')).map((i) => i.message)).toEqual([
      'spec.template.spec.containers[0].readinessProbe.httpGet.port: expected integer or string, got array',
    ]);
  });

  it('accepts quantities written as numbers', () => {
    const spec = `      containers:
      - name: web
        image: nginx
        resources: {requests: {cpu: 0.5, memory: 134217728}, limits: {cpu: "1", memory: 256Mi}}
`;
    expect(validate(deployment(spec))).toEqual([]);
  });

  it('treats null optional fields as unset, like the API server', () => {
    const yaml = `apiVersion: apps/v1
kind: Deployment
metadata:
  creationTimestamp: null
  name: web
spec:
  selector: {matchLabels: {app: web}}
  strategy: {}
  template:
    metadata:
      creationTimestamp: null
      labels: {app: web}
    spec:
      containers:
      - image: nginx
        name: web
        resources: {}
status: {}
`;
    expect(validate(yaml)).toEqual([]);
  });

  it('still reports a required field that is null', () => {
    const issues = validate('apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: null\n');
    expect(issues.map((i) => i.messageId)).toEqual(['missingField']);
  });

  it('leaves free-form objects open (RawExtension, JSON, label maps)', () => {
    const yaml = `apiVersion: apps/v1
kind: ControllerRevision
metadata: {name: r, labels: {anything: goes}}
revision: 1
data: {any: {nested: [1, "two"]}, fields: true}
`;
    expect(validate(yaml)).toEqual([]);
  });

  it('never shows a Secret value in a message', () => {
    const yaml = `apiVersion: v1
kind: Secret
metadata: {name: creds}
type: Opaque
data:
  password: 31415926
stringData:
  token: [hunter2-secret-token]
`;
    const issues = validate(yaml);
    expect(issues.map((i) => i.message)).toEqual([
      'data.password: expected string, got integer',
      'stringData.token: expected string, got array',
    ]);
    expect(issues.map((i) => i.message).join(' ')).not.toMatch(/31415926|hunter2/);
  });

  it('requires apiVersion and kind', () => {
    expect(validate('kind: Pod\nmetadata: {name: p}\n')).toEqual([expect.objectContaining({
      ruleId: 'schema', messageId: 'missingApiVersion', path: ['apiVersion'], severity: 'error',
    })]);
    expect(validate('apiVersion: v1\nmetadata: {name: p}\n')[0]).toMatchObject({ messageId: 'missingKind', path: ['kind'] });
  });

  it('warns about a kind nothing defines', () => {
    expect(validate('apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\n')).toEqual([expect.objectContaining({
      ruleId: 'schema/unknown-kind', severity: 'warning', path: ['kind'],
    })]);
  });

  it('knows the scope of built-in kinds', () => {
    const validator = createSchemaValidator({ kubernetesVersion: '1.36' }, new ResourceSet([]));
    expect(validator.scopeOf('apps/v1', 'Deployment')).toBe('Namespaced');
    expect(validator.scopeOf('v1', 'Namespace')).toBe('Cluster');
    expect(validator.scopeOf('rbac.authorization.k8s.io/v1', 'ClusterRoleBinding')).toBe('Cluster');
    expect(validator.scopeOf('v1', 'ConfigMapList')).toBe('Namespaced');
    expect(validator.scopeOf('example.com/v1', 'Widget')).toBeUndefined();
  });
});
