import { describe, expect, it } from 'vitest';
import { capabilitiesOf, containersOf, effectiveSecurityContext, podSpecOf, type Resource } from '../../src/resources/index.js';
import { firstItems, itemAt } from '../helpers/item-at.js';

const pod = (spec: Record<string, unknown>): Resource =>
  ({ apiVersion: 'v1', kind: 'Pod', name: 'p', object: { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec } }) as unknown as Resource;

function contextOf(resource: Resource, index = 0) {
  return effectiveSecurityContext(podSpecOf(resource), itemAt(containersOf(resource), index));
}

describe('effectiveSecurityContext', () => {
  it('lets the container win over the pod and says where each value comes from', () => {
    const context = contextOf(pod({ securityContext: { runAsUser: 0, runAsGroup: 3000 }, containers: [{ name: 'a', securityContext: { runAsUser: 1000 } }] }));
    expect(context.get('runAsUser')).toEqual({ value: 1000, path: ['spec', 'containers', 0, 'securityContext', 'runAsUser'], from: 'container' });
    expect(context.get('runAsGroup')).toEqual({ value: 3000, path: ['spec', 'securityContext', 'runAsGroup'], from: 'pod' });
  });

  it('treats null as unset, so the pod value shows through', () => {
    const context = contextOf(pod({ securityContext: { runAsNonRoot: true }, containers: [{ name: 'a', securityContext: { runAsNonRoot: null } }] }));
    expect(context.value('runAsNonRoot')).toBe(true);
  });

  it('does not inherit container-only fields from the pod', () => {
    const context = contextOf(pod({ securityContext: { privileged: true, readOnlyRootFilesystem: true }, containers: [{ name: 'a' }] }));
    expect(context.get('privileged')).toBeUndefined();
    expect(context.get('readOnlyRootFilesystem')).toBeUndefined();
    expect(context.isDeclared).toBe(true);
  });

  it('points a missing field at the container securityContext, or at its key when there is none', () => {
    const resource = pod({ containers: [{ name: 'a' }, { name: 'b', securityContext: {} }] });
    expect(contextOf(resource, 0).missingPath('runAsNonRoot')).toEqual(['spec', 'containers', 0, 'securityContext']);
    expect(contextOf(resource, 0).isDeclared).toBe(false);
    expect(contextOf(resource, 1).missingPath('runAsNonRoot')).toEqual(['spec', 'containers', 1, 'securityContext', 'runAsNonRoot']);
  });

  it('survives values of the wrong type', () => {
    const context = contextOf(pod({ securityContext: 'yes', containers: [{ name: 'a', securityContext: [1, 2] }] }));
    expect(context.get('runAsUser')).toBeUndefined();
    expect(context.isDeclared).toBe(false);
  });
});

describe('capabilitiesOf', () => {
  it('normalises case and the CAP_ prefix and skips entries that are not strings', () => {
    const resource = pod({ containers: [{ name: 'a', securityContext: { capabilities: { add: ['cap_net_admin', 7, ' Sys_Admin '], drop: 'ALL' } } }] });
    const [container] = firstItems(containersOf(resource), 1);
    expect(capabilitiesOf(container, 'add')).toEqual([
      { name: 'NET_ADMIN', path: ['spec', 'containers', 0, 'securityContext', 'capabilities', 'add', 0] },
      { name: 'SYS_ADMIN', path: ['spec', 'containers', 0, 'securityContext', 'capabilities', 'add', 2] },
    ]);
    expect(capabilitiesOf(container, 'drop')).toEqual([]);
  });
});
