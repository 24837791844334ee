import { describe, expect, it } from 'vitest';
import { found } from './api-findings.js';

const pod = (ports: string): string => `apiVersion: v1
kind: Pod
metadata: {name: a}
spec:
  containers:
  - name: web
    ports:
${ports}
`;

describe('api/container-ports', () => {
  it('flags port names that are not IANA_SVC_NAMEs and duplicates within a container', () => {
    expect(found(pod('    - {name: http-web-server-1, containerPort: 80}\n    - {name: "8080", containerPort: 81}\n    - {name: a--b, containerPort: 82}'), 'container-ports'))
      .toEqual([['invalidPortName', 8, 14], ['invalidPortName', 9, 14], ['invalidPortName', 10, 14]]);
    expect(found(pod('    - {name: http, containerPort: 80}\n    - {name: http, containerPort: 81}'), 'container-ports')).toEqual([['duplicatePortName', 9, 14]]);
  });

  it('flags port numbers out of range, lowercase protocols and host port clashes', () => {
    expect(found(pod('    - {containerPort: 70000, hostPort: -1, protocol: tcp}'), 'container-ports')).toEqual([
      ['invalidPortNumber', 8, 23], ['invalidPortNumber', 8, 40], ['invalidProtocol', 8, 54],
    ]);
    expect(found(pod('    - {containerPort: 80, hostPort: 80}\n    - {containerPort: 81, hostPort: 80, protocol: TCP}'), 'container-ports')).toEqual([['duplicateHostPort', 9, 37]]);
  });

  it('accepts hostPort 0, the same port over UDP and unnamed ports', () => {
    expect(found(pod('    - {containerPort: 53, hostPort: 53}\n    - {containerPort: 53, hostPort: 53, protocol: UDP}\n    - {containerPort: 8080, hostPort: 0}'), 'container-ports')).toEqual([]);
  });

  it('with hostNetwork, flags a hostPort other than the containerPort in regular containers, at the hostPort', () => {
    const pod = (ports: string, kind = 'Pod', list = 'containers'): string => `apiVersion: v1\nkind: ${kind}\nmetadata: {name: a}\nspec:\n  hostNetwork: true\n  ${list}:\n  - name: a\n    image: x\n    ports: [${ports}]\n`;
    expect(found(pod('{containerPort: 8080, hostPort: 80}'), 'container-ports')).toEqual([['hostPortMismatch', 9, 45]]);
    // unset (or 0) is defaulted to the containerPort
    expect(found(pod('{containerPort: 8080}, {containerPort: 9090, hostPort: 0}'), 'container-ports')).toEqual([]);
    expect(found(pod('{containerPort: 8080, hostPort: 8080}'), 'container-ports')).toEqual([]);
    // validateHostNetwork looks at regular containers only
    expect(found(pod('{containerPort: 8080, hostPort: 80}', 'Pod', 'initContainers'), 'container-ports')).toEqual([]);
    const template = `apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: a}\nspec:\n  template:\n    spec:\n      hostNetwork: true\n      containers: [{name: a, image: x, ports: [{containerPort: 53, hostPort: 5353}]}]\n`;
    expect(found(template, 'container-ports')).toEqual([['hostPortMismatch', 8, 78]]);
  });
});
