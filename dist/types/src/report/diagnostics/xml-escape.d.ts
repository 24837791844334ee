/**
 * Text safe in XML 1.0 element content and in (double- or single-quoted) attribute values:
 * `& < > " '` escaped, forbidden characters dropped. In attributes, tab, CR and LF are written as
 * character references so parsers do not normalise them to spaces.
 */
export declare function escapeXml(text: string, where?: 'text' | 'attribute'): string;
