import { describe, expect, it } from 'vitest';
import { plan } from '../../src/index.js';
import { corpusDir, hasCorpus } from '../helpers/shared.js';

describe.skipIf(!hasCorpus)('plan over the corpus', () => {
  it('finds nothing to change when the corpus is its own base, dumps and duplicates included', async () => {
    const result = await plan({ paths: [corpusDir], cwd: corpusDir, base: corpusDir, force: true });
    expect(result.diagnostics.filter((d) => d.ruleId === 'internal')).toEqual([]);
    const changed = result.plan?.changes.filter((c) => c.action !== 'unchanged') ?? [];
    // the one exception: a Pod a ReplicaSet made, read back from a cluster: as a manifest it is
    // planned, as part of the base (a live object with a controller) it is not
    expect(changed.map((c) => `${c.action} ${c.kind}/${c.name}`)).toEqual(['create Pod/guestbook-ui-errimagepullbackoff-66cfffb669-45w2j']);
    expect(result.plan?.summary.unchanged).toBeGreaterThan(1800);
  }, 120_000);
});
