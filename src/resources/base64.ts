// Go's encoding/json decodes []byte fields with base64.StdEncoding: padded, standard alphabet.
// A loop rather than /^(?:[A-Za-z0-9+/]{4})*…$/, which overflows the stack on a 10 MB value.
const alphabet = /^[A-Za-z0-9+/]*$/;

/** Whether `text` is what Go's base64.StdEncoding accepts (as the API server decodes `data`). */
export function isStandardBase64(text: string): boolean {
  // Go's decoder skips '\r' and '\n', so wrapped base64 (as from `base64` without -w0) is fine
  const clean = text.replace(/[\r\n]/g, '');
  if (clean.length % 4 !== 0) return false;
  // padding: at most two '=', only at the very end
  const padding = clean.endsWith('==') ? 2 : clean.endsWith('=') ? 1 : 0;
  return alphabet.test(clean.slice(0, clean.length - padding));
}

/** The decoded length of valid standard base64 text. */
export function decodedLength(text: string): number {
  const clean = text.replace(/[\r\n]/g, '');
  const padding = clean.endsWith('==') ? 2 : clean.endsWith('=') ? 1 : 0;
  return (clean.length / 4) * 3 - padding;
}
