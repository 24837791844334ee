import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic, Resource } from '../../src/resources/index.js';
import { repoRoot } from './shared.js';

/** drydock's kustomize build, as the oracle test calls it. */
export type BuildKustomization = (dir: string, options: { root: string }) => { resources: Resource[]; diagnostics: Diagnostic[] } | Promise<{ resources: Resource[]; diagnostics: Diagnostic[] }>;

/** Where the kustomize engine lives; the oracle test is skipped while it does not exist. */
export const kustomizeEngineFile = path.join(repoRoot, 'src', 'load', 'kustomize', 'index.ts');

/** Whether this checkout has the kustomize engine. */
export const hasKustomizeEngine = existsSync(kustomizeEngineFile);

/** The one place the oracle test reaches drydock's kustomize build (src/load/kustomize/index.ts). */
export async function loadBuildKustomization(): Promise<BuildKustomization> {
  const { buildKustomization } = await import('../../src/load/kustomize/index.js');
  return (dir, options) => {
    const build = buildKustomization(dir, { root: realpathSync(options.root), cwd: dir });
    return build ?? { resources: [], diagnostics: [] };
  };
}
