import { describe, expect, it } from 'vitest';
import { emptyDefaultedFields, withoutEmptyDefaults } from '../../src/resources/index.js';

describe('emptyDefaultedFields', () => {
  it('finds "" on defaulted fields of the pod template, the containers and the object', () => {
    const deployment = {
      apiVersion: 'apps/v1', kind: 'Deployment',
      spec: {
        strategy: { type: '' },
        template: { spec: {
          dnsPolicy: '',
          containers: [{ name: 'a', image: 'x', imagePullPolicy: '', ports: [{ containerPort: 80, protocol: '' }] }],
        } },
      },
    };
    expect(emptyDefaultedFields(deployment, 'apps/v1', 'Deployment')).toEqual([
      ['spec', 'strategy', 'type'],
      ['spec', 'template', 'spec', 'dnsPolicy'],
      ['spec', 'template', 'spec', 'containers', 0, 'imagePullPolicy'],
      ['spec', 'template', 'spec', 'containers', 0, 'ports', 0, 'protocol'],
    ]);
  });

  it('leaves pointer fields and look-alike kinds of other groups alone', () => {
    // completionMode is a *string: "" is not defaulted and the server rejects it
    expect(emptyDefaultedFields({ spec: { completionMode: '' } }, 'batch/v1', 'Job')).toEqual([]);
    expect(emptyDefaultedFields({ spec: { strategy: { type: '' } } }, 'example.com/v1', 'Deployment')).toEqual([]);
    expect(emptyDefaultedFields({ spec: { type: 'ClusterIP' } }, 'v1', 'Service')).toEqual([]);
  });
});

describe('withoutEmptyDefaults', () => {
  it('returns the object itself when nothing is empty, else a copy without the empty fields', () => {
    const service = { apiVersion: 'v1', kind: 'Service', spec: { sessionAffinity: '', ports: [{ port: 80, protocol: '' }] } };
    const plain = { apiVersion: 'v1', kind: 'Service', spec: { ports: [{ port: 80 }] } };
    expect(withoutEmptyDefaults(plain, 'v1', 'Service')).toBe(plain);
    const copy = withoutEmptyDefaults(service, 'v1', 'Service');
    expect(copy).toEqual({ apiVersion: 'v1', kind: 'Service', spec: { ports: [{ port: 80 }] } });
    expect(service.spec.sessionAffinity).toBe('');
  });
});
