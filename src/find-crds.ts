import { readFileSync, statSync } from 'node:fs';
import { defaultMaxFileBytes, displayName, loadFile } from './load/load-inputs.js';
import type { LoadedText } from './load/load-text.js';
import type { JsonObject, ResourceSource } from './resources/index.js';

/** A CustomResourceDefinition found anywhere in the input, as plain data a worker can receive. */
export interface CrdSource {
  object: JsonObject;
  source: ResourceSource;
}

/** The input's CRDs, and what was read to find them. */
export interface FoundCrds {
  crds: CrdSource[];
  /** The files that hold a CRD, already loaded (keyed by path), so they are not parsed twice. */
  loaded: Map<string, LoadedText>;
  /** The size of those files, and of all files: CRD-heavy input is checked on one thread (see run-validate.ts). */
  crdFileBytes: number;
  inputBytes: number;
}

const crdKind = 'CustomResourceDefinition';

/** The CRDs among `files`; a cheap byte search first, so only files that mention CRDs are parsed. */
export async function findCrds(files: readonly string[], cwd: string): Promise<FoundCrds> {
  const found: FoundCrds = { crds: [], loaded: new Map(), crdFileBytes: 0, inputBytes: 0 };
  for (const file of files) {
    let bytes: Buffer;
    try {
      // a FIFO or device can be read only once (or never ends), and an oversized file is refused
      // anyway: loadFile reads those, bounded, when their turn comes
      const stats = statSync(file);
      if (!stats.isFile() || stats.size > defaultMaxFileBytes) continue;
      bytes = readFileSync(file);
    } catch {
      continue;
    }
    found.inputBytes += bytes.length;
    if (!bytes.includes(crdKind)) continue;
    const loaded = await loadFile(file, displayName(file, cwd));
    found.loaded.set(file, loaded);
    found.crdFileBytes += bytes.length;
    for (const resource of loaded.resources) {
      if (resource.kind === crdKind) found.crds.push({ object: resource.object, source: resource.source });
    }
  }
  return found;
}
