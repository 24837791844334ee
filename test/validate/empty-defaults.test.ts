import { describe, expect, it } from 'vitest';
import { apiFindings, found } from './api-findings.js';

// The server defaults these fields when they are "", so "" is the same as leaving them out.
describe('"" on a field the server defaults', () => {
  it('is no error on Service ports[].protocol and sessionAffinity', () => {
    const service = `apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  sessionAffinity: ""
  type: ""
  ports:
  - {name: a, port: 80, protocol: ""}
  - {name: b, port: 80, protocol: TCP}
`;
    // the "" protocol becomes TCP, so the two ports now clash like two TCP ports
    expect(found(service, 'service-ports')).toEqual([['duplicatePort', 9, 21]]);
    expect(found(service, 'service-type')).toEqual([]);
  });

  it('is no error on container protocol, imagePullPolicy, terminationMessagePolicy and Pod dnsPolicy', () => {
    const pod = `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  dnsPolicy: ""
  restartPolicy: ""
  containers:
  - name: a
    image: nginx:1.27
    imagePullPolicy: ""
    terminationMessagePolicy: ""
    ports: [{containerPort: 80, protocol: ""}]
`;
    expect(apiFindings(pod)).toEqual([]);
  });

  it('is no error on Deployment strategy.type, StatefulSet podManagementPolicy and updateStrategy.type, DaemonSet updateStrategy.type', () => {
    const text = `apiVersion: apps/v1
kind: Deployment
metadata: {name: d}
spec:
  selector: {matchLabels: {app: d}}
  strategy: {type: "", rollingUpdate: {maxSurge: 1}}
  template:
    metadata: {labels: {app: d}}
    spec: {containers: [{name: a, image: x}]}
---
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: s}
spec:
  selector: {matchLabels: {app: s}}
  serviceName: s
  podManagementPolicy: ""
  updateStrategy: {type: "", rollingUpdate: {partition: 0}}
  template:
    metadata: {labels: {app: s}}
    spec: {containers: [{name: a, image: x}]}
---
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: ds}
spec:
  selector: {matchLabels: {app: ds}}
  updateStrategy: {type: ""}
  template:
    metadata: {labels: {app: ds}}
    spec: {containers: [{name: a, image: x}]}
`;
    expect(apiFindings(text)).toEqual([]);
  });

  it('still rejects "" where the server does not default it, at the value', () => {
    // a Job's "" restartPolicy becomes Always, which a Job does not accept
    const job = `apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  completionMode: ""
  template:
    spec:
      restartPolicy: ""
      containers: [{name: a, image: x}]
`;
    expect(found(job, 'restart-policy')).toEqual([['jobRestartPolicyRequired', 8, 22]]);
    // completionMode is a pointer field: "" stays and is not a supported mode
    expect(found(job, 'job-spec')).toEqual([['invalidCompletionMode', 5, 19]]);
  });
});
