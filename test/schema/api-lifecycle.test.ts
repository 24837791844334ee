import { describe, expect, it } from 'vitest';
import { ResourceSet, type KubernetesVersion } from '../../src/resources/index.js';
import { createSchemaValidator } from '../helpers/create-schema-validator.js';
import { makeResource } from '../helpers/make-resource.js';
import { itemAt } from '../helpers/item-at.js';

function issuesFor(apiVersion: string, kind: string, kubernetesVersion: KubernetesVersion) {
  const resource = makeResource(`apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata: {name: x}\n`);
  const issues = createSchemaValidator({ kubernetesVersion }, new ResourceSet([])).validate(resource);
  return issues.filter((i) => i.ruleId !== 'schema');
}

describe('removed and deprecated APIs', () => {
  it('names the removal version and the replacement', () => {
    expect(issuesFor('extensions/v1beta1', 'Ingress', '1.36')).toEqual([{
      ruleId: 'schema/api-not-served', messageId: 'apiRemoved', severity: 'error', path: ['apiVersion'],
      message: 'extensions/v1beta1 Ingress was removed in Kubernetes 1.22; use networking.k8s.io/v1',
    }]);
    expect(itemAt(issuesFor('policy/v1beta1', 'PodDisruptionBudget', '1.28'), 0).message)
      .toBe('policy/v1beta1 PodDisruptionBudget was removed in Kubernetes 1.25; use policy/v1');
    expect(itemAt(issuesFor('apps/v1beta2', 'DaemonSet', '1.28'), 0).message)
      .toBe('apps/v1beta2 DaemonSet was removed in Kubernetes 1.16; use apps/v1');
  });

  it('says when a removed kind has no replacement', () => {
    expect(itemAt(issuesFor('policy/v1beta1', 'PodSecurityPolicy', '1.36'), 0).message)
      .toBe('policy/v1beta1 PodSecurityPolicy was removed in Kubernetes 1.25; the kind has no replacement');
  });

  it('rejects a version a built-in group never served', () => {
    expect(issuesFor('policy/v1', 'PodSecurityPolicy', '1.36')).toEqual([expect.objectContaining({
      ruleId: 'schema/api-not-served', messageId: 'apiNotServed', severity: 'error',
      message: 'policy/v1 PodSecurityPolicy is not served by Kubernetes 1.36; PodSecurityPolicy was removed in Kubernetes 1.25 with no replacement',
    })]);
    expect(itemAt(issuesFor('apps/v1', 'Pod', '1.36'), 0).messageId).toBe('apiNotServed');
  });

  it('serves flowcontrol v1beta3 in 1.28–1.31 only', () => {
    expect(issuesFor('flowcontrol.apiserver.k8s.io/v1beta3', 'FlowSchema', '1.28')).toEqual([]);
    expect(issuesFor('flowcontrol.apiserver.k8s.io/v1beta3', 'FlowSchema', '1.31')).toEqual([expect.objectContaining({
      ruleId: 'schema/deprecated-api', severity: 'warning',
      message: 'flowcontrol.apiserver.k8s.io/v1beta3 FlowSchema is deprecated since Kubernetes 1.29 and removed in 1.32; use flowcontrol.apiserver.k8s.io/v1',
    })]);
    expect(issuesFor('flowcontrol.apiserver.k8s.io/v1beta3', 'FlowSchema', '1.32')[0]).toMatchObject({
      ruleId: 'schema/api-not-served',
      message: 'flowcontrol.apiserver.k8s.io/v1beta3 FlowSchema was removed in Kubernetes 1.32; use flowcontrol.apiserver.k8s.io/v1',
    });
  });

  it('warns about flowcontrol v1beta2 in 1.28 and rejects it from 1.29', () => {
    expect(issuesFor('flowcontrol.apiserver.k8s.io/v1beta2', 'PriorityLevelConfiguration', '1.28')[0]).toMatchObject({
      ruleId: 'schema/deprecated-api',
      message: 'flowcontrol.apiserver.k8s.io/v1beta2 PriorityLevelConfiguration is deprecated since Kubernetes 1.26 and removed in 1.29; use flowcontrol.apiserver.k8s.io/v1beta3',
    });
    expect(itemAt(issuesFor('flowcontrol.apiserver.k8s.io/v1beta2', 'PriorityLevelConfiguration', '1.29'), 0).ruleId).toBe('schema/api-not-served');
  });

  it('derives removals the table does not list from the bundled specs', () => {
    // networking.k8s.io/v1alpha1 ClusterCIDR is in the 1.28 spec and gone from 1.29
    expect(issuesFor('networking.k8s.io/v1alpha1', 'ClusterCIDR', '1.28')).toEqual([]);
    expect(itemAt(issuesFor('networking.k8s.io/v1alpha1', 'ClusterCIDR', '1.30'), 0).message)
      .toBe('networking.k8s.io/v1alpha1 ClusterCIDR was removed in Kubernetes 1.29');
  });

  it('says from which version an API is served when the target is older', () => {
    expect(issuesFor('admissionregistration.k8s.io/v1', 'ValidatingAdmissionPolicy', '1.30')).toEqual([]);
    expect(issuesFor('admissionregistration.k8s.io/v1', 'ValidatingAdmissionPolicy', '1.28')[0]).toMatchObject({
      ruleId: 'schema/api-not-served', messageId: 'apiNotYetServed',
      message: 'admissionregistration.k8s.io/v1 ValidatingAdmissionPolicy is not served before Kubernetes 1.30 (the target is 1.28); use admissionregistration.k8s.io/v1beta1',
    });
  });

  it('warns about a beta version once the GA version is served', () => {
    expect(issuesFor('admissionregistration.k8s.io/v1beta1', 'ValidatingAdmissionPolicy', '1.28')).toEqual([]);
    expect(issuesFor('admissionregistration.k8s.io/v1beta1', 'ValidatingAdmissionPolicy', '1.31')[0]).toMatchObject({
      ruleId: 'schema/deprecated-api', severity: 'warning',
      message: 'admissionregistration.k8s.io/v1beta1 ValidatingAdmissionPolicy is deprecated; use admissionregistration.k8s.io/v1',
    });
  });

  it('does not call a GA version deprecated because a newer GA exists', () => {
    expect(issuesFor('autoscaling/v1', 'HorizontalPodAutoscaler', '1.36')).toEqual([]);
  });
});
