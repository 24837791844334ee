import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/**
 * A hash of the code that decides findings: every file of the bundle this module runs from
 * (`dist/`), or, from TypeScript sources, every file of `src/` and `rules/`. drydock's version
 * alone does not change when a rule does between releases, and a cache must never outlive the
 * rules that made it. Computed once per process.
 */
export function codeFingerprint(): string {
  if (cached !== undefined) return cached;
  const here = path.dirname(fileURLToPath(import.meta.url));
  const parts = here.split(path.sep);
  const distAt = parts.lastIndexOf('dist');
  const roots = distAt >= 0 ? [parts.slice(0, distAt + 1).join(path.sep)] : ['src', 'rules'].map((name) => path.resolve(here, '..', '..', name));
  const hash = createHash('sha256');
  for (const root of roots) for (const file of filesUnder(root)) hash.update(`\0${path.relative(root, file)}\0`).update(readFileSync(file));
  cached = hash.digest('base64url');
  return cached;
}

function filesUnder(dir: string, depth = 0): string[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const file = path.join(dir, name);
    const stats = statSync(file, { throwIfNoEntry: false });
    if (stats?.isDirectory()) return depth < 8 ? filesUnder(file, depth + 1) : [];
    return stats?.isFile() ? [file] : [];
  });
}
