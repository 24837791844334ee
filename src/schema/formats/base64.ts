/** The `byte` format (govalidator's IsBase64): padded standard base64, at least one group of four, nothing else. */
export function isGovalidatorBase64(s: string): boolean {
  if (s.length === 0 || s.length % 4 !== 0) return false;
  const padding = s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0;
  for (const c of s.slice(0, s.length - padding)) if (!isBase64Char(c)) return false;
  return true;
}

function isBase64Char(c: string): boolean {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c === '+' || c === '/';
}
