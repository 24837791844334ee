/**
 * Characters XML 1.0 does not allow at all (not even escaped): C0 controls other than tab, LF and
 * CR, unpaired surrogates, U+FFFE and U+FFFF.
 */
// eslint-disable-next-line no-control-regex
const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Text safe in XML 1.0 element content and in (double- or single-quoted) attribute values:
 * `& < > " '` escaped, forbidden characters dropped. In attributes, tab, CR and LF are written as
 * character references so parsers do not normalise them to spaces.
 */
export function escapeXml(text: string, where: 'text' | 'attribute' = 'text'): string {
  const escaped = text.replace(forbidden, '').replace(/[&<>"']/g, (c) => entities[c] ?? c);
  return where === 'attribute' ? escaped.replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`) : escaped.replace(/\r/g, '&#13;');
}
