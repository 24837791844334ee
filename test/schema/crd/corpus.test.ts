import { describe, expect, it } from 'vitest';
import { formatResourceId, ResourceSet, splitApiVersion, type Resource } from '../../../src/resources/index.js';
import { createCrdRegistry, type CrdRegistry } from '../../../src/schema/crd/index.js';
import { expectedErrorFiles, hasCorpus, loadCorpusCustomResources } from './load-corpus.js';

const invalidExamples = 'kubernetes-sigs__gateway-api/hack/invalid-examples/';

describe.skipIf(!hasCorpus)('custom resources of the shared corpus', () => {
  let resources: Resource[] = [];
  let registry: CrdRegistry;

  const setup = (): void => {
    if (resources.length > 0) return;
    resources = loadCorpusCustomResources();
    registry = createCrdRegistry(new ResourceSet(resources));
  };

  it('flags every Gateway API invalid example', () => {
    setup();
    const examples = resources.filter((r) => r.source.file.startsWith(invalidExamples));
    expect(examples.length).toBeGreaterThanOrEqual(36);
    const missed = examples.filter((r) => (registry.validate(r) ?? []).length === 0).map((r) => r.source.file);
    expect(missed).toEqual([]);
  });

  it('accepts every custom resource of a file expected to be valid', () => {
    setup();
    const expected = expectedErrorFiles();
    const found: string[] = [];
    let checked = 0;
    for (const resource of resources) {
      if (expected.has(resource.source.file)) continue;
      const issues = registry.validate(resource);
      if (issues === undefined) continue;
      checked += 1;
      for (const issue of issues) found.push(`${resource.source.file} ${formatResourceId(resource)}: ${issue.message}`);
    }
    expect(found).toEqual([]);
    expect(checked).toBeGreaterThan(400);
  });

  it('reports unserved versions of a defined kind', () => {
    setup();
    const unserved = resources.filter((r) => splitApiVersion(r.apiVersion).group === 'cert-manager.io' && r.apiVersion.endsWith('v1alpha2'));
    expect(unserved.length).toBeGreaterThan(0);
    for (const resource of unserved) expect(registry.validate(resource)?.map((i) => i.messageId)).toEqual(['versionNotServed']);
  });
});
