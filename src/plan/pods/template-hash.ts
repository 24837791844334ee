const alphabet = 'bcdfghjklmnpqrstvwxz2456789';

/**
 * A stable stand-in for `pod-template-hash`: FNV-1a over the template's JSON, written in the
 * alphabet Kubernetes uses for generated names. Not the real value (that hashes the Go
 * struct); the same template always gets the same one.
 */
export function templateHash(template: unknown): string {
  let hash = 0x811c9dc5;
  const text = JSON.stringify(template) ?? '';
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  let out = '';
  for (let i = 0; i < 10; i++) {
    out += alphabet[hash % alphabet.length];
    // stir again for the next character
    hash = Math.imul(hash ^ (i + 1), 0x01000193) >>> 0;
  }
  return out;
}
