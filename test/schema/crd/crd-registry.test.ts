import { describe, expect, it } from 'vitest';
import { check, widgetCrd } from './crd-fixture.js';
import { firstItems } from '../../helpers/item-at.js';

const strictSpec = (properties: object): object => ({ type: 'object', properties: { spec: { type: 'object', properties } } });
const widget = (apiVersion: string, spec: string): string => `apiVersion: ${apiVersion}\nkind: Widget\nmetadata: {name: w}\nspec: ${spec}\n---\n`;

describe('createCrdRegistry', () => {
  it('returns undefined for a kind no CRD of the input defines', () => {
    const { issues } = check([widgetCrd(strictSpec({}))], 'apiVersion: other.io/v1\nkind: Widget\nmetadata: {name: w}\n');
    expect(issues).toEqual([undefined]);
  });

  it('reports a version the CRD does not serve, listing the served ones', () => {
    const versions = [
      { name: 'v1', served: true, storage: true, schema: { openAPIV3Schema: strictSpec({}) } },
      { name: 'v1beta1', served: false, storage: false, schema: { openAPIV3Schema: strictSpec({}) } },
    ];
    const { issues } = check([widgetCrd({}, { versions })], widget('example.io/v1beta1', '{}'));
    expect(issues).toEqual([['versionNotServed example.io/v1beta1 Widget is not served by its CustomResourceDefinition (served: v1)']]);
  });

  it('tells the scope of a defined kind', () => {
    const { registry } = check([widgetCrd(strictSpec({}), { scope: 'Cluster' })], '');
    expect(registry.scopeOf('example.io/v1', 'Widget')).toBe('Cluster');
    expect(registry.scopeOf('example.io/v1', 'Gadget')).toBeUndefined();
  });

  it('ignores status when the status subresource is on, since the server resets it on create', () => {
    const { issues } = check([widgetCrd(strictSpec({}), { subresources: { status: {} } })], widget('example.io/v1', '{}').replace('---', 'status: {anything: 1}\n---'));
    expect(issues).toEqual([[]]);
  });

  it('accepts a resource that any of several definitions accepts, else reports the fewest issues', () => {
    const narrow = widgetCrd(strictSpec({ a: { type: 'string' } }));
    const wide = widgetCrd(strictSpec({ a: { type: 'string' }, b: { type: 'string' } }));
    const { issues } = check([narrow, wide], widget('example.io/v1', '{a: p, b: q}') + widget('example.io/v1', '{a: 1, b: 2, c: 3}'));
    expect(issues[0]).toEqual([]);
    expect(issues[1]).toHaveLength(3);
  });

  it('prefers the definitions whose folder names the resource file shares', async () => {
    const { ResourceSet } = await import('../../../src/resources/index.js');
    const { createCrdRegistry } = await import('../../../src/schema/crd/index.js');
    const { makeResources } = await import('../../helpers/make-resource.js');
    const standard = makeResources(widgetCrd(strictSpec({ a: { type: 'string' } })), 'crd/standard/widgets.yaml');
    const experimental = makeResources(widgetCrd(strictSpec({ a: { type: 'string', maxLength: 1 } })), 'crd/experimental/widgets.yaml');
    const [forExperimental] = firstItems(makeResources(widget('example.io/v1', '{a: long}'), 'examples/experimental/w.yaml'), 1);
    const [elsewhere] = firstItems(makeResources(widget('example.io/v1', '{a: long}'), 'samples/w.yaml'), 1);
    const registry = createCrdRegistry(new ResourceSet([...standard, ...experimental, forExperimental, elsewhere]));
    expect(registry.validate(forExperimental)?.map((i) => i.messageId)).toEqual(['tooLong']);
    expect(registry.validate(elsewhere)).toEqual([]);
  });

  it('points issues at real positions of the resource', async () => {
    const { ResourceSet } = await import('../../../src/resources/index.js');
    const { createCrdRegistry } = await import('../../../src/schema/crd/index.js');
    const { makeResources } = await import('../../helpers/make-resource.js');
    const crd = makeResources(widgetCrd(strictSpec({ a: { type: 'string' } })), 'crd.yaml');
    const [cr] = firstItems(makeResources('apiVersion: example.io/v1\nkind: Widget\nmetadata:\n  name: w\nspec:\n  bogus: 1\n'), 1);
    const [issue] = firstItems(createCrdRegistry(new ResourceSet([...crd, cr])).validate(cr) ?? [], 1);
    expect(cr.rangeOf(issue.path, issue.target).start).toEqual({ line: 6, column: 3 });
  });
});
