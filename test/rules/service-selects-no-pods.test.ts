import rule from '../../rules/service-selects-no-pods.js';
import { ruleTester } from '../helpers/rule-tester.js';

const service = 'apiVersion: v1\nkind: Service\nmetadata: {name: web, namespace: shop}\nspec:\n  selector: {app: web}\n  ports: [{port: 80}]\n';
// argo-cd's redis-ha: one Service per StatefulSet Pod, selected by the label the controller adds
const perPodService = (pod: string, replicas: number) => `apiVersion: v1\nkind: Service\nmetadata: {name: announce, namespace: shop}\nspec:\n  selector: {app: redis, statefulset.kubernetes.io/pod-name: ${pod}}\n  ports: [{port: 6379}]\n---\napiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: redis, namespace: shop}\nspec:\n  replicas: ${replicas}\n  serviceName: redis\n  selector: {matchLabels: {app: redis}}\n  template:\n    metadata: {labels: {app: redis}}\n    spec: {containers: [{name: redis, image: redis:7}]}\n`;
// kube-prometheus: the operator creates the Pods of a Prometheus resource with its labels
const operatorService = (label: string) => `apiVersion: v1\nkind: Service\nmetadata: {name: prometheus-k8s, namespace: monitoring}\nspec:\n  selector: {app.kubernetes.io/name: prometheus}\n  ports: [{port: 9090}]\n---\napiVersion: monitoring.coreos.com/v1\nkind: Prometheus\nmetadata: {name: k8s, namespace: monitoring, labels: {app.kubernetes.io/name: ${label}}}\nspec: {replicas: 2}\n`;
const podElsewhere = '---\napiVersion: v1\nkind: Pod\nmetadata: {name: db, namespace: data}\nspec:\n  containers: [{name: db, image: example/db:1.0}]\n';

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'a Service alone in the input is not judged', yaml: service },
    { name: 'namespaceHasWorkloads: no workload in the Service namespace', yaml: service + podElsewhere, options: { reportWhen: 'namespaceHasWorkloads' } },
    { name: 'an empty selector is exempt', yaml: service.replace('{app: web}', '{}') + podElsewhere },
    { name: 'a StatefulSet Pod selected by the pod-name label its controller adds', yaml: perPodService('redis-2', 3) },
    { name: 'the Pods an operator creates for a custom resource carrying the labels', yaml: operatorService('prometheus') },
  ],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'noPods', line: 24, column: 3, data: { service: 'web', selector: 'app=wbe', namespace: 'shop' } },
        { messageId: 'noPods', line: 36, column: 3, data: { namespace: 'staging' } },
      ],
    },
    { name: 'a workload in another namespace makes the input judged', yaml: service + podElsewhere, errors: [{ messageId: 'noPods', line: 5, column: 3 }] },
    { name: 'a pod-name beyond the StatefulSet replicas', yaml: perPodService('redis-3', 3), errors: [{ messageId: 'noPods', line: 5, column: 3 }] },
    { name: 'a custom resource without the selected labels', yaml: operatorService('alertmanager') + podElsewhere, errors: [{ messageId: 'noPods', line: 5, column: 3 }] },
    { name: 'reportWhen always judges a Service alone', yaml: service, options: { reportWhen: 'always' }, errors: [{ messageId: 'noPods', line: 5, column: 3 }] },
  ],
});
