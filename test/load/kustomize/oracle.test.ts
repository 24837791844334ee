import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasKustomizeEngine, loadBuildKustomization, type BuildKustomization } from '../../helpers/drydock-kustomize.js';
import { findKustomizeOracles, kubectlKustomize, parseKustomizeOutput, withoutNameHashes, type OracleBuild, type OracleName } from '../../helpers/kubectl-kustomize.js';
import { repoRoot } from '../../helpers/shared.js';

interface OracleFixture {
  folder: string;
  oracles: OracleName[];
  fails?: boolean;
}

const fixturesDir = path.join(repoRoot, 'fixtures', 'kustomize');
const manifest = JSON.parse(readFileSync(path.join(fixturesDir, 'oracle.json'), 'utf8')) as { fixtures: OracleFixture[] };
const oracles = findKustomizeOracles();

const expectedFile = (fixture: OracleFixture) => path.join(fixturesDir, 'expected', `${fixture.folder.replaceAll('/', '--')}.${fixture.fails ? 'error.txt' : 'out'}`);
const expectedObjects = (fixture: OracleFixture) => parseKustomizeOutput(readFileSync(expectedFile(fixture), 'utf8'));

/** Objects in one order (kind, namespace, name), as kustomize versions order their output differently. */
function sorted(objects: readonly Record<string, unknown>[]): Record<string, unknown>[] {
  const idOf = (object: Record<string, unknown>) => {
    const metadata = (object.metadata ?? {}) as { name?: string; namespace?: string };
    return `${String(object.kind)}/${metadata.namespace ?? ''}/${metadata.name ?? ''}`;
  };
  return [...objects].sort((a, b) => (idOf(a) < idOf(b) ? -1 : idOf(a) > idOf(b) ? 1 : 0));
}

async function drydockBuild(build: BuildKustomization, fixture: OracleFixture) {
  const result = await build(path.join(fixturesDir, fixture.folder), { root: repoRoot });
  return { objects: result.resources.map((resource) => resource.object), errors: result.diagnostics.filter((d) => d.severity === 'error') };
}

describe('the kustomize oracle manifest', () => {
  it('has an expectation written by kustomize v5.5.0 for every folder', () => {
    for (const fixture of manifest.fixtures) {
      expect(() => readFileSync(expectedFile(fixture), 'utf8'), fixture.folder).not.toThrow();
      expect(fixture.oracles, fixture.folder).toContain('kustomize-v5');
    }
  });
});

describe.skipIf(!hasKustomizeEngine)('drydock builds each kustomize fixture as kustomize v5.5.0 did (expected/)', () => {
  let build: BuildKustomization;
  beforeAll(async () => {
    build = await loadBuildKustomization();
  });
  for (const fixture of manifest.fixtures) {
    it(fixture.folder, async () => {
      const { objects, errors } = await drydockBuild(build, fixture);
      if (fixture.fails) expect(errors.length).toBeGreaterThan(0);
      else expect(sorted(objects)).toEqual(sorted(expectedObjects(fixture)));
    });
  }
});

for (const oracle of oracles) {
  const fixtures = manifest.fixtures.filter((candidate) => candidate.oracles.includes(oracle.name));
  describe(`kubectl kustomize ${oracle.kustomizeVersion} (${oracle.kubectl}) against drydock's build, name hashes aside`, () => {
    const builds = new Map<string, Promise<OracleBuild>>();
    let build: BuildKustomization | undefined;
    beforeAll(async () => {
      // every folder at once: each kubectl run is mostly start-up
      for (const fixture of fixtures) builds.set(fixture.folder, kubectlKustomize(oracle, path.join(fixturesDir, fixture.folder)));
      if (hasKustomizeEngine) build = await loadBuildKustomization();
    });
    for (const fixture of fixtures) {
      it(fixture.folder, async () => {
        const theirs = await builds.get(fixture.folder)!;
        if (oracle.name === 'kustomize-v5') {
          // the committed expectation must be what kustomize v5 prints today (scripts/kustomize-expected.sh)
          if (fixture.fails) expect(theirs).toEqual({ ok: false, error: readFileSync(expectedFile(fixture), 'utf8').trim() });
          else expect(theirs.ok && sorted(theirs.objects)).toEqual(sorted(expectedObjects(fixture)));
        }
        if (!build) return;
        const ours = await drydockBuild(build, fixture);
        if (!theirs.ok) {
          expect(fixture.fails, theirs.error).toBe(true);
          expect(ours.errors.length).toBeGreaterThan(0);
          return;
        }
        expect(sorted(withoutNameHashes(ours.objects))).toEqual(sorted(withoutNameHashes(theirs.objects)));
      });
    }
  });
}
