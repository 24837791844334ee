import { isScalar, visit, type Document } from 'yaml';

/**
 * A block scalar (`|`, `>`) whose last line runs to the end of the input has no final line break
 * for kubectl (go-yaml v2, as YAML itself says: the break is "b-as-line-feed or end of input");
 * js-yaml and the `yaml` library add one. Only a text that does not end with a line break can
 * hold such a scalar, and only as its last node.
 */
export function mayEndInBlockScalar(text: string): boolean {
  const last = text[text.length - 1];
  if (last === undefined || last === '\n' || last === '\r' || (!text.includes('|') && !text.includes('>'))) return false;
  // a last line of blanks only is not content: the break before it stays
  const lastLine = text.slice(Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r')) + 1);
  return lastLine.trim() !== '';
}

/** Drops the final line break of a Document's last node when it is a block scalar running to the end of `text`. */
export function trimFinalBlockScalar(doc: Document, text: string): void {
  let last: unknown;
  visit(doc, { Scalar: (_key, node) => void (last = node) });
  if (!isScalar(last) || (last.type !== 'BLOCK_LITERAL' && last.type !== 'BLOCK_FOLDED')) return;
  if (last.range?.[1] !== text.length || typeof last.value !== 'string' || !last.value.endsWith('\n')) return;
  last.value = last.value.slice(0, -1);
}

/**
 * The same for a value js-yaml read, given the scalar it read last: the string is found along
 * the last entries of the value and replaced. Returns the value, changed or not.
 */
export function trimFinalString(value: unknown, read: string): unknown {
  if (typeof value === 'string') return value === read && read.endsWith('\n') ? read.slice(0, -1) : value;
  if (Array.isArray(value)) {
    if (value.length > 0) value[value.length - 1] = trimFinalString(value[value.length - 1], read);
    return value;
  }
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    const key = keys[keys.length - 1];
    if (key !== undefined) (value as Record<string, unknown>)[key] = trimFinalString((value as Record<string, unknown>)[key], read);
  }
  return value;
}
