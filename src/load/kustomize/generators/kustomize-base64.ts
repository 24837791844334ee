/**
 * Base64 as kustomize writes generated Secret data and ConfigMap binaryData: standard encoding,
 * cut into lines of 70 characters each ending in `\n` once the text reaches 70 characters. The
 * API server's decoder skips the newlines, but they are part of the value kustomize hashes.
 */
export function kustomizeBase64(bytes: Uint8Array): string {
  const lineLength = 70;
  const encoded = Buffer.from(bytes).toString('base64');
  if (encoded.length < lineLength) return encoded;
  let out = '';
  for (let start = 0; start < encoded.length; start += lineLength) out += `${encoded.slice(start, start + lineLength)}\n`;
  return out;
}
