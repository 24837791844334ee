import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let found: string | undefined;

/**
 * The bundled `schemas/` folder, found by walking up from this module: the code runs both from
 * `src/schema/` (tests) and bundled into `dist/` (the CLI), and `schemas/` sits at the package root.
 */
export function bundledSchemasDir(): string {
  if (found) return found;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'schemas');
    if (existsSync(join(candidate, 'index.json'))) return (found = candidate);
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`schemas/index.json not found above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}
