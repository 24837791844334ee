// Go's encoding/json decodes []byte fields with base64.StdEncoding: padded, standard alphabet.
const standardBase64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Whether `text` is what Go's base64.StdEncoding accepts (as the API server decodes `data`). */
export function isStandardBase64(text: string): boolean {
  // Go's decoder skips '\r' and '\n', so wrapped base64 (as from `base64` without -w0) is fine
  return standardBase64.test(text.replace(/[\r\n]/g, ''));
}

/** The decoded length of valid standard base64 text. */
export function decodedLength(text: string): number {
  const clean = text.replace(/[\r\n]/g, '');
  const padding = clean.endsWith('==') ? 2 : clean.endsWith('=') ? 1 : 0;
  return (clean.length / 4) * 3 - padding;
}
