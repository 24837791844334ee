import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic, Resource } from '../../src/resources/index.js';
import { repoRoot } from './shared.js';

/** drydock's kustomize build, as the oracle test calls it. */
export type BuildKustomization = (dir: string, options: { root: string }) => { resources: Resource[]; diagnostics: Diagnostic[] } | Promise<{ resources: Resource[]; diagnostics: Diagnostic[] }>;

/** Where the kustomize engine lives; the oracle test is skipped while it does not exist. */
export const kustomizeEngineFile = path.join(repoRoot, 'src', 'load', 'kustomize', 'index.ts');

/** Whether this checkout has the kustomize engine. */
export const hasKustomizeEngine = existsSync(kustomizeEngineFile);

/**
 * The one place the oracle test reaches drydock's kustomize build: `buildKustomization` of
 * src/load/kustomize/index.ts. The specifier is a variable so that this file compiles in a
 * checkout without the engine; point it at the engine's real export when that changes.
 */
export async function loadBuildKustomization(): Promise<BuildKustomization> {
  const specifier = '../../src/load/kustomize/index.js';
  const engine = (await import(/* @vite-ignore */ specifier)) as { buildKustomization?: BuildKustomization };
  if (typeof engine.buildKustomization !== 'function') throw new Error('src/load/kustomize/index.ts exports no buildKustomization');
  return engine.buildKustomization;
}
